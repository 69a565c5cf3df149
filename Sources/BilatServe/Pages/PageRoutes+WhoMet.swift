import BilatExport
import Foundation

extension PageRoutes {
  /// Most rows the who-met page shows (the CSV has them all).
  static let meetingRowsShown = 1_000

  func whoMetPage(_ filter: MeetingFilter) throws -> String {
    let meetings = try service.meetings(filter, limit: Self.meetingRowsShown + 1)
    var body = "<h1>Who met whom</h1>" + Self.filterForm(
      "/who-met",
      [("person", "Person", filter.person), ("countries", "Country pair (A,B)", filter.countries.joined(separator: ",")),
       ("since", "Since", filter.since), ("until", "Until", filter.until)])
    let query = HTML.queryString([
      ("person", filter.person), ("countries", filter.countries.joined(separator: ",")), ("since", filter.since),
      ("until", filter.until),
    ])
    body += meetings.count > Self.meetingRowsShown
      ? "<p class=\"note\">More than \(Self.meetingRowsShown) meetings, the first \(Self.meetingRowsShown) shown"
      : "<p class=\"note\">\(meetings.count) meetings"
    body += ". <a href=\"/who-met.csv\(query)\">Download CSV</a></p>"
    body += HTML.table(
      ["Date", "Person", "Met", "Place", "Mode", "Articles"],
      meetings.prefix(Self.meetingRowsShown).map { meeting in
        [HTML.escape(meeting.date ?? "undated"), HTML.entityLink(meeting.person), HTML.entityLink(meeting.counterpart),
         HTML.escape(meeting.place ?? ""), HTML.escape(meeting.mode ?? ""), String(meeting.articles)]
      }, id: "meetings")
    if !meetings.isEmpty {
      body += "<h2>Picture</h2>" + HTML.picture("/who-met/picture.svg" + query)
    }
    body += HTML.downloads(HTML.queryString([("types", "MET_WITH"), ("since", filter.since), ("until", filter.until),
      ("around", filter.person)]))
    return HTML.page(title: "Who met whom", body: body)
  }

  /// The people and MET_WITH relationships of the listed meetings (at most the picture bound).
  func meetingSelection(_ filter: MeetingFilter) throws -> GraphSelection {
    let meetings = try service.meetings(filter, limit: server.settings.maxPictureNodes)
    var nodes: [Int64] = []
    var seen = Set<Int64>()
    var relationships: [Int64] = []
    for meeting in meetings {
      for node in [meeting.person.id, meeting.counterpart.id] where seen.insert(node).inserted { nodes.append(node) }
      if nodes.count > server.settings.maxPictureNodes { break }
      relationships.append(meeting.relationship)
    }
    return try service.store.read { graph in
      try GraphSelection(nodes: nodes.prefix(server.settings.maxPictureNodes), relationships: relationships, in: graph)
    }
  }

  /// RFC 4180 CSV; cells that a spreadsheet would run as formulas are prefixed with a quote.
  static func meetingsCSV(_ meetings: [MeetingRow]) -> String {
    var csv = "date,person,person_id,met,met_id,place,mode,articles\r\n"
    for meeting in meetings {
      let cells = [
        meeting.date ?? "", meeting.person.name, String(meeting.person.id), meeting.counterpart.name,
        String(meeting.counterpart.id), meeting.place ?? "", meeting.mode ?? "", String(meeting.articles),
      ]
      csv += cells.map(csvCell).joined(separator: ",") + "\r\n"
    }
    return csv
  }

  static func csvCell(_ text: String) -> String {
    var value = text
    if let first = value.first, "=+-@\t\r".contains(first) { value = "'" + value }
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
