import Foundation

extension PageRoutes {
  /// Most meetings the timeline of an entity page shows (the who-met page lists them all).
  static let timelineLimit = 300
  /// Most facts an entity page shows with their evidence.
  static let factLimit = 200

  /// A node's page: labels, properties, a person's meetings and roles, agreements and
  /// projects, the neighbourhood picture and every fact with its evidence.
  func entityPage(_ id: Int64, depth: Int, types: [String]) throws -> String {
    let entity = try service.entity(id)
    let total = try service.relationshipCount(id)
    var body = "<h1 id=\"entity-name\">\(HTML.escape(entity.name))</h1>"
    body += "<p>\(Self.labels(entity.labels)) <span class=\"note\">node \(entity.id)</span></p>"
    var properties = entity.properties.sorted { $0.key < $1.key }.map { [HTML.escape($0.key), HTML.escape($0.value.displayText)] }
    if !entity.aliases.isEmpty { properties.append(["aliases", HTML.escape(entity.aliases.joined(separator: "; "))]) }
    body += HTML.table(["Property", "Value"], properties, id: "properties")
    if entity.labels.contains("Person") {
      body += try timeline(entity)
      body += roles(entity)
    }
    body += agreementsAndProjects(entity)
    body += picture(entity, depth: depth, types: types)
    body += facts(entity, total: total)
    if !entity.evidence.isEmpty {
      body += "<h2>Mentions</h2><ul class=\"evidence-list\">"
        + entity.evidence.prefix(Self.factLimit).map { "<li>\(Self.evidence($0))</li>" }.joined() + "</ul>"
    }
    body += HTML.downloads(HTML.queryString([("node", String(id)), ("depth", String(depth))]))
    return HTML.page(title: entity.name, body: body)
  }

  private func timeline(_ entity: EntityDetail) throws -> String {
    let meetings = try service.meetings(MeetingFilter(person: String(entity.id)), limit: Self.timelineLimit + 1)
    guard !meetings.isEmpty else { return "<h2>Meetings</h2><p class=\"note\">No meetings recorded.</p>" }
    var html = "<h2>Meetings</h2>"
    html += HTML.table(
      ["Date", "Met", "Place", "Mode", "Articles"],
      meetings.prefix(Self.timelineLimit).map { meeting in
        [HTML.escape(meeting.date ?? "undated"), HTML.entityLink(meeting.counterpart), HTML.escape(meeting.place ?? ""),
         HTML.escape(meeting.mode ?? ""), String(meeting.articles)]
      }, id: "meetings")
    if meetings.count > Self.timelineLimit {
      html += "<p class=\"note\">The first \(Self.timelineLimit) meetings; "
        + "<a href=\"/who-met\(HTML.queryString([("person", String(entity.id))]))\">all of them</a>.</p>"
    }
    return html.replacingOccurrences(of: "<table id=\"meetings\">", with: "<table id=\"meetings\" class=\"timeline\">")
  }

  private func roles(_ entity: EntityDetail) -> String {
    let roles = entity.relationships.filter { $0.type == "HOLDS_ROLE" && $0.direction == "out" }
      .sorted { ($0.properties["as_of"]?.displayText ?? $0.properties["date"]?.displayText ?? "")
        < ($1.properties["as_of"]?.displayText ?? $1.properties["date"]?.displayText ?? "") }
    guard !roles.isEmpty else { return "" }
    return "<h2>Roles</h2>" + HTML.table(
      ["As of", "Title", "At"],
      roles.map { role in
        [HTML.escape(role.properties["as_of"]?.displayText ?? role.properties["date"]?.displayText ?? ""),
         HTML.escape(role.properties["title"]?.displayText ?? ""), HTML.entityLink(role.other)]
      }, id: "roles")
  }

  private func agreementsAndProjects(_ entity: EntityDetail) -> String {
    let kinds: Set<String> = ["Agreement", "Project", "Facility"]
    let related = entity.relationships.filter { relationship in
      relationship.type == "AGREED" || relationship.type == "SIGNED" || !kinds.isDisjoint(with: relationship.other.labels)
    }
    guard !related.isEmpty else { return "" }
    return "<h2>Agreements and projects</h2>" + HTML.table(
      ["Relationship", "With", "Date", "About"],
      related.map { relationship in
        [HTML.escape(relationship.type), HTML.entityLink(relationship.other),
         HTML.escape(relationship.properties["date"]?.displayText ?? ""),
         HTML.escape(relationship.properties["about"]?.displayText ?? relationship.properties["title"]?.displayText ?? "")]
      }, id: "agreements-projects")
  }

  /// The neighbourhood picture with its depth and relationship-type choices.
  private func picture(_ entity: EntityDetail, depth: Int, types: [String]) -> String {
    let available = Array(Set(entity.relationships.map(\.type))).sorted()
    var html = "<h2>Neighbourhood</h2><form class=\"filters\" action=\"/entity/\(entity.id)\" method=\"get\">"
    html += "<label>Depth<select name=\"depth\">" + (0...server.settings.maxDepth).map {
      "<option\($0 == depth ? " selected" : "")>\($0)</option>"
    }.joined() + "</select></label>"
    for type in available {
      let checked = types.isEmpty || types.contains(type) ? " checked" : ""
      html += "<label><input type=\"checkbox\" name=\"types\" value=\"\(HTML.escape(type))\"\(checked)>\(HTML.escape(type))</label>"
    }
    html += "<button>Draw</button></form>"
    let query = HTML.queryString([("node", String(entity.id)), ("depth", String(depth)), ("types", types.joined(separator: ","))])
    return html + HTML.picture("/api/export/svg" + query)
  }

  /// Every relationship with its evidence sentences.
  private func facts(_ entity: EntityDetail, total: Int) -> String {
    guard !entity.relationships.isEmpty else { return "<h2>Facts</h2><p class=\"note\">No relationships.</p>" }
    var html = "<h2>Facts</h2>"
    if total > entity.relationships.count || entity.relationships.count > Self.factLimit {
      html += "<p class=\"note\">\(min(Self.factLimit, entity.relationships.count)) of \(total) relationships shown.</p>"
    }
    html += "<ul class=\"facts\">"
    for relationship in entity.relationships.prefix(Self.factLimit) {
      let arrow = relationship.direction == "out" ? "→" : "←"
      let details = relationship.properties.sorted { $0.key < $1.key }
        .map { "\(HTML.escape($0.key)): \(HTML.escape($0.value.displayText))" }.joined(separator: ", ")
      html += "<li><strong>\(HTML.escape(relationship.type))</strong> \(arrow) \(HTML.entityLink(relationship.other))"
      if !details.isEmpty { html += " <span class=\"note\">(\(details))</span>" }
      if !relationship.evidence.isEmpty {
        html += "<ul>" + relationship.evidence.map { "<li>\(Self.evidence($0))</li>" }.joined() + "</ul>"
      }
      html += "</li>"
    }
    return html + "</ul>"
  }

  /// The sentence with the span highlighted, linking to the span in the article.
  static func evidence(_ item: EvidenceSummary) -> String {
    let sentence = HTML.highlighted(item.sentence, item.spanInSentence.map { [$0] } ?? [])
    let title = HTML.escape(item.articleTitle ?? "article \(item.articleID)")
    return "<div class=\"evidence\">\(sentence) <span class=\"meta\">— <a href=\"/articles/\(item.articleID)#m\(item.start)\">"
      + "\(title)</a>, rule \(HTML.escape(item.rule)), confidence \(String(format: "%.2f", item.confidence))</span></div>"
  }
}
