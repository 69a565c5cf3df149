import BilatExport
import Foundation
import Hummingbird

/// The HTML pages: search, entity, article, who met whom, projects, agreements, console.
struct PageRoutes: Sendable {
  let server: BilatServer
  var service: GraphService { server.service }

  func register(on router: Router<BasicRequestContext>) {
    router.get("/") { request, _ in try await home(request) }
    router.get("entity/{id}") { request, context in
      let id = try APIRoutes.nodeID(context)
      let depth = try request.integer("depth", default: 1, in: 0...server.settings.maxDepth)
      let types = try request.identifiers("types")
      return Responses.html(try await server.work { try entityPage(id, depth: depth, types: types) })
    }
    router.get("articles/{id}") { _, context in
      let id = try APIRoutes.nodeID(context)
      return Responses.html(try await server.work { try articlePage(id) })
    }
    router.get("who-met") { request, _ in
      let filter = try request.meetingFilter()
      return Responses.html(try await server.work { try whoMetPage(filter) })
    }
    router.get("projects") { request, _ in
      let (sector, country) = (request.parameter("sector"), request.parameter("country"))
      return Responses.html(try await server.work { try projectsPage(sector: sector, country: country) })
    }
    router.get("agreements") { request, _ in
      let between = try request.pair("between")
      return Responses.html(try await server.work { try agreementsPage(between) })
    }
    // each list page's rows as CSV, as a picture, and as an export in any format
    for page in ListSelection.pages {
      router.get("\(page).csv") { request, _ in
        let list = try ListSelection(page: page, request)
        let csv = try await server.work { try list.csv(service) }
        return Responses.body(csv, type: "text/csv; charset=utf-8", attachment: "\(page).csv")
      }
      router.get("\(page)/picture.svg") { request, _ in
        let list = try ListSelection(page: page, request)
        let svg = try await server.work {
          try service.svg(try list.graph(service, maxNodes: server.settings.maxPictureNodes))
        }
        return Responses.body(svg, type: ExportFormat.svg.contentType)
      }
      router.get("\(page)/export/{format}") { request, context in
        let name = context.parameters.get("format") ?? ""
        guard let format = ExportFormat(rawValue: name) else {
          throw ServeError.notFound("no export format '\(name)'; use dot, svg, graphml or json")
        }
        let list = try ListSelection(page: page, request)
        let text = try await server.work {
          try service.export(try list.graph(service, maxNodes: GraphService.exportRelationshipLimit), format: format)
        }
        return Responses.body(text, type: format.contentType, attachment: "bilat-\(page).\(format.rawValue)")
      }
    }
    router.get("console") { request, _ in
      let query = request.parameter("query")
      let (page, status) = try await server.work { consolePage(query) }
      return Responses.html(page, status: status)
    }
    router.post("console") { request, _ in
      let body = try await request.body.collect(upTo: server.settings.maxBodyBytes)
      let query = Self.formField("query", in: String(buffer: body))
      let (page, status) = try await server.work { consolePage(query) }
      return Responses.html(page, status: status)
    }
  }

  // MARK: Home and search

  func home(_ request: Request) async throws -> Response {
    let query = request.parameter("q")
    var body = """
      <h1>Bilat</h1>
      <form action="/" method="get" class="search"><input name="q" size="40" value="\(HTML.escape(query ?? ""))" \
      placeholder="A name, an alias or words from the articles" aria-label="Search" autofocus> <button>Search</button></form>
      """
    if let query {
      let results = try await server.work { try service.search(query) }
      body += "<h2>Entities</h2>"
      body += results.entities.isEmpty ? "<p class=\"note\">No name or alias matches.</p>" : "<ul class=\"entities\">"
        + results.entities.map { "<li>\(HTML.entityLink($0)) \(Self.labels($0.labels))</li>" }.joined() + "</ul>"
      body += "<h2>Articles</h2>"
      body += results.articles.isEmpty ? "<p class=\"note\">No article text matches.</p>" : "<ul class=\"articles\">"
        + results.articles.map { hit in
          "<li><a href=\"/articles/\(hit.id)\">\(HTML.escape(hit.title ?? "Article \(hit.id)"))</a>"
            + "<div class=\"snippet\">\(HTML.highlighted(hit.snippet, hit.highlights))</div></li>"
        }.joined() + "</ul>"
    } else {
      body += """
        <p>Search people, countries, organizations and projects by name or alias (spelling variants \
        such as Toqayev find Tokayev), or words of the stored articles.</p>
        <ul><li><a href="/who-met">Who met whom</a>, by person, country pair and dates</li>
        <li><a href="/projects">Projects by sector</a> and country</li>
        <li><a href="/agreements">Agreements</a> between two countries</li>
        <li><a href="/console">Query console</a>: read-only openCypher</li></ul>
        """
    }
    return Responses.html(HTML.page(title: query ?? "Search", body: body))
  }

  // MARK: Projects and agreements

  func projectsPage(sector: String?, country: String?) throws -> String {
    let rows = try service.projects(sector: sector, country: country)
    var body = "<h1>Projects and facilities</h1>" + Self.filterForm(
      "/projects", [("sector", "Sector", sector), ("country", "Country", country)])
    body += HTML.table(
      ["Name", "Kind", "Sectors", "Countries"],
      rows.map { row in
        [HTML.entityLink(row.project), HTML.escape(row.project.labels.joined(separator: ", ")),
         HTML.escape(row.sectors.joined(separator: ", ")), HTML.escape(row.countries.joined(separator: ", "))]
      }, id: "projects")
    let query = HTML.queryString([("sector", sector), ("country", country)])
    body += "<p class=\"note\">\(rows.count) projects and facilities. <a href=\"/projects.csv\(query)\">Download CSV</a></p>"
    if !rows.isEmpty { body += "<h2>Picture</h2>" + HTML.picture("/projects/picture.svg" + query) }
    body += HTML.downloads(HTML.queryString([("sector", sector), ("country", country)]), from: "/projects/export/")
    return HTML.page(title: "Projects", body: body)
  }

  func agreementsPage(_ between: [String]) throws -> String {
    let rows = try service.agreements(between: between)
    var body = "<h1>Agreements</h1>" + Self.filterForm(
      "/agreements", [("between", "Between (two names, comma-separated)", between.joined(separator: ","))])
    body += HTML.table(
      ["Date", "Party", "Other", "About", "Articles"],
      rows.map { row in
        [HTML.escape(row.date ?? ""), HTML.entityLink(row.party), HTML.entityLink(row.other),
         HTML.escape(row.about ?? ""), String(row.articles)]
      }, id: "agreements")
    let query = HTML.queryString([("between", between.isEmpty ? nil : between.joined(separator: ","))])
    body += "<p class=\"note\">\(rows.count) agreements. <a href=\"/agreements.csv\(query)\">Download CSV</a></p>"
    if !rows.isEmpty { body += "<h2>Picture</h2>" + HTML.picture("/agreements/picture.svg" + query) }
    body += HTML.downloads(query, from: "/agreements/export/")
    return HTML.page(title: "Agreements", body: body)
  }

  // MARK: Helpers

  static func labels(_ labels: [String]) -> String {
    "<span class=\"labels\">" + labels.map { "<span>\(HTML.escape($0))</span>" }.joined() + "</span>"
  }

  /// A GET form with text fields (name, caption, current value).
  static func filterForm(_ action: String, _ fields: [(String, String, String?)]) -> String {
    "<form class=\"filters\" action=\"\(action)\" method=\"get\">"
      + fields.map { name, caption, value in
        "<label>\(HTML.escape(caption))<input name=\"\(name)\" value=\"\(HTML.escape(value ?? ""))\"></label>"
      }.joined() + "<button>Show</button></form>"
  }

  /// A field of an `application/x-www-form-urlencoded` body.
  static func formField(_ name: String, in body: String) -> String? {
    FormEncoding.values(name, in: body).first
  }
}
