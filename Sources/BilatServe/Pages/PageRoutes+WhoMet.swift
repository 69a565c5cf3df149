import BilatExport
import Foundation

extension PageRoutes {
  /// Most rows the who-met page shows (the CSV has them all; the picture and the downloads hold
  /// the first `maxPictureNodes` people and the export limit's meetings).
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
    body += HTML.downloads(query, from: "/who-met/export/")
    return HTML.page(title: "Who met whom", body: body)
  }
}
