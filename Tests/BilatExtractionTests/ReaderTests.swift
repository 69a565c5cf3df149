import BilatExtraction
import Foundation
import Testing

@Suite("Article reader")
struct ReaderTests {
  @Test("scraped page: title, header date and dateline city found, clutter dropped")
  func scrapedPage() throws {
    let a = try ArticleReader.read(path: Fixture.path("scraped-clutter.txt"))
    #expect(a.title == "Kazakhstan and Uzbekistan plan a new cargo terminal")
    #expect(a.published?.iso == "2024-03-14")
    #expect(a.datelineCity == "Tashkent")
    #expect(a.paragraphs.count == 4)
    let body = a.paragraphs.map(a.slice).joined(separator: "\n")
    for clutter in ["Share", "Latest news", "Hakan Fidan", "hyperlink", "3 min read", "Photo:", "Main Page", "Tags"] {
      #expect(!body.contains(clutter), "clutter '\(clutter)' leaked into the body")
    }
  }

  @Test("link lists, menus and credits yield no entity")
  func clutterYieldsNoEntity() throws {
    let x = try Fixture.extract("scraped-clutter.txt")
    let people = x.entityNames("Person")
    #expect(!people.contains("Hakan Fidan"))
    #expect(!people.contains("Yerbolat Dossayev"))
    #expect(!x.entityNames("Country").contains("Türkiye"))
    #expect(!x.entityNames("Country").contains("United Arab Emirates"))
  }

  @Test("front matter and wire dateline: date from front matter, city from dateline, dateline cut from the body")
  func wireDateline() throws {
    let a = try ArticleReader.read(path: Fixture.path("wire-dateline.txt"))
    #expect(a.title == "Kazakh and Chinese energy officials meet")
    #expect(a.outlet == "Steppe Wire")
    #expect(a.published?.iso == "2023-11-29")
    #expect(a.datelineCity == "Beijing")
    #expect(a.slice(a.paragraphs[0]).hasPrefix("Vice Premier of the State Council"))
  }

  @Test("markdown heading, 'Updated:' line and 'ASTANA –' dateline")
  func updatedLine() throws {
    let a = try ArticleReader.read(path: Fixture.path("release-updated.md"))
    #expect(a.title == "Prime Minister receives the head of Gazprom")
    #expect(a.published?.iso == "2022-11-30")
    #expect(a.datelineCity == "Astana")
    #expect(a.slice(a.paragraphs[0]).hasPrefix("Prime Minister Alikhan Smailov"))
  }

  @Test(
    "header date formats",
    arguments: [
      ("Astana, Kazakhstan • 28 November, 2023 | 14:29", "2023-11-28"),
      ("Updated: November 30, 2022", "2022-11-30"),
      ("06.02.2022 | 10:12", "2022-02-06"),
      ("Published 2024-07-03 09:00", "2024-07-03"),
    ])
  func headerDates(line: String, iso: String) throws {
    let text =
      "Some headline about talks\n\(line)\n\nThe two ministers held talks on trade and energy cooperation today."
    let a = try ArticleReader.read(text: text, source: "x.txt")
    #expect(a.published?.iso == iso)
  }

  @Test("text copied without final periods is still read as body")
  func noPunctuation() throws {
    let text = """
      Kazakh President Kassym-Jomart Tokayev met Chinese President Xi Jinping in Astana on Monday
      They discussed trade and energy cooperation between the two countries
      """
    let x = try Fixture.article(text, source: "2024-07-01-np.txt")
    #expect(x.sentences.count == 2)
    #expect(x.relations("MET_WITH").first?.properties["date"]?.stringValue == "2024-07-01")
  }

  @Test("a wire dateline without a year takes the year from the file name")
  func yearFromFileName() throws {
    let x = try Fixture.extract("2023-11-28-outlet-a.txt")
    #expect(x.article.published?.iso == "2023-11-28")
    #expect(x.relations("MET_WITH").first?.properties["date"]?.stringValue == "2023-11-27")
  }

  @Test("bad files give a clear error with the path", arguments: ["empty", "binary", "invalid-utf8"])
  func badFiles(kind: String) throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bilat-reader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("\(kind).txt")
    let bytes: [UInt8] =
      switch kind {
      case "empty": []
      case "binary": [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x0D, 0x0A]
      default: Array("Prime Minister met ".utf8) + [0xC3, 0x28] + Array(" the ambassador.".utf8)
      }
    try Data(bytes).write(to: url)
    let expected: ReaderError =
      switch kind {
      case "empty": .empty(path: url.path)
      case "binary": .binary(path: url.path)
      default: .invalidUTF8(path: url.path, byteOffset: 19)
      }
    #expect(throws: expected) { try ArticleReader.read(path: url.path) }
    #expect(expected.description.hasPrefix("\(url.path): error: "))
  }

  @Test("error messages are pinned")
  func errorMessages() {
    #expect(ReaderError.empty(path: "a.txt").description == "a.txt: error: file is empty")
    #expect(
      ReaderError.invalidUTF8(path: "b.txt", byteOffset: 7).description == "b.txt: error: invalid UTF-8 at byte 7")
    #expect(
      ReaderError.binary(path: "c.txt").description
        == "c.txt: error: file looks binary (contains NUL or control bytes), not an article")
  }
}
