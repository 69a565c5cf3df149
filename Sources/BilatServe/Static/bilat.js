// Bilat's only script: draws pictures into their placeholders and shows what was extracted
// from a highlighted span. No data is ever turned into markup here: pictures are parsed as
// SVG documents, details are set as text.
"use strict";

function loadPictures() {
  document.querySelectorAll("div.picture[data-src]").forEach(function (holder) {
    fetch(holder.dataset.src, { credentials: "same-origin" })
      .then(function (response) {
        return response.text().then(function (text) {
          return { ok: response.ok, text: text };
        });
      })
      .then(function (result) {
        if (!result.ok) {
          var message = "";
          try { message = JSON.parse(result.text).message; } catch (e) { message = "the picture could not be drawn"; }
          holder.textContent = message;
          holder.classList.add("error");
          return;
        }
        var parsed = new DOMParser().parseFromString(result.text, "image/svg+xml");
        var svg = parsed.documentElement;
        if (!svg || svg.nodeName !== "svg") { holder.textContent = "the picture could not be read"; return; }
        svg.querySelectorAll("script, foreignObject").forEach(function (node) { node.remove(); });
        holder.textContent = "";
        holder.appendChild(document.importNode(svg, true));
        holder.classList.add("drawn");
      })
      .catch(function () { holder.textContent = "the picture could not be loaded"; });
  });
}

function showMarkDetails() {
  var panel = document.getElementById("mark-details");
  if (!panel) { return; }
  document.querySelectorAll("mark[data-marks]").forEach(function (mark) {
    mark.addEventListener("click", function () {
      document.querySelectorAll("mark.selected").forEach(function (m) { m.classList.remove("selected"); });
      mark.classList.add("selected");
      panel.textContent = "";
      mark.dataset.marks.split(" ").forEach(function (id) {
        var row = document.getElementById("mark-" + id);
        if (!row) { return; }
        var line = document.createElement("p");
        line.textContent = row.dataset.summary;
        panel.appendChild(line);
      });
    });
  });
}

document.addEventListener("DOMContentLoaded", function () {
  loadPictures();
  showMarkDetails();
});
