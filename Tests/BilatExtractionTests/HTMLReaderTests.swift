import BilatExtraction
import BilatIngest
import Foundation
import Testing

/// Saved news pages read directly: libxml2 parses, content density finds the article.
@Suite("HTML reader")
struct HTMLReaderTests {
  static func read(_ html: String, source: String = "page.html") throws -> Article {
    try HTMLReader.read(bytes: Array(html.utf8), source: source)
  }

  @Test("saved page: headline, date, outlet and URL from the metadata; furniture dropped; text pinned")
  func savedPage() throws {
    let x = try Fixture.extract("saved-page.html")
    let a = x.article
    #expect(a.title == "Kazakhstan and Mongolia talk rail freight in Ulaanbaatar")
    #expect(a.published?.iso == "2024-06-12")
    #expect(a.outlet == "Steppe Courier")
    #expect(a.url == "https://courier.example/politics/kz-mn-rail-freight")
    #expect(
      a.text == """
        Kazakhstan and Mongolia talk rail freight in Ulaanbaatar

        Kazakh Minister of Transport Marat Karabayev met with Mongolian Foreign Minister Battsetseg \
        Batmunkh in Ulaanbaatar on Tuesday.

        The ministers talked about rail freight, new border crossings and the transit of grain to Chinese \
        ports, and they agreed to set up a joint working group on logistics.

        Karabayev said that cargo moving between the two countries had grown by a quarter over the past year.

        The next meeting of the working group is planned for the autumn in Astana.
        """)
    #expect(a.paragraphs.count == 4)
    #expect(x.sentencesReadFromText)
    let met = try #require(x.relations("MET_WITH").first)
    #expect(x.participants(met) == ["Marat Karabayev", "Battsetseg Batmunkh"])
    #expect(met.properties["date"]?.stringValue == "2024-06-11")
    #expect(met.properties["place"]?.stringValue == "Ulaanbaatar")
    #expect(x.entityNames("Person") == ["Marat Karabayev", "Battsetseg Batmunkh"])
    #expect(!x.entityNames("Country").contains("Qatar"))
  }

  @Test("without Open Graph: the <h1> is the headline, <time datetime> the date, the canonical link the URL")
  func fallbacks() throws {
    let a = try Self.read(
      """
      <html><head><title>Talks on water | Lake Post</title>
      <link rel="canonical" href="https://lake.example/water"></head>
      <body><div id="logo"><h1>Lake</h1></div><div class="story"><h1>Kazakhstan and Kyrgyzstan share water</h1>
      <time datetime="2023-04-02">2 April</time>
      <p>The water ministers of Kazakhstan and Kyrgyzstan agreed on the summer releases from the Toktogul reservoir.</p>
      </div></body></html>
      """)
    #expect(a.title == "Kazakhstan and Kyrgyzstan share water")
    #expect(a.published?.iso == "2023-04-02")
    #expect(a.url == "https://lake.example/water")
    #expect(a.outlet == nil)
  }

  @Test("JSON-LD alone gives headline, date and publisher; the <title> loses its site name")
  func jsonLD() throws {
    let a = try Self.read(
      """
      <html><head><title>Grain corridor opens - Field News</title>
      <script type="application/ld+json">{"@graph": [{"@type": "WebSite"},
        {"@type": "NewsArticle", "datePublished": "2022-09-30", "publisher": {"name": "Field News"}}]}</script>
      </head><body><p>Kazakhstan and Turkmenistan opened a grain corridor to the Caspian ports of Turkmenbashi.</p></body></html>
      """)
    #expect(a.title == "Grain corridor opens")
    #expect(a.published?.iso == "2022-09-30")
    #expect(a.outlet == "Field News")
  }

  @Test(
    "a title loses the site's name, not a dash of its own",
    arguments: [
      ("<meta property='og:title' content='Kazakhstan - China trade hits a record'>", "Kazakhstan - China trade hits a record"),
      ("<meta property='og:title' content='Kazakhstan - China trade hits a record | Delta Daily'>"
        + "<meta property='og:site_name' content='Delta Daily'>", "Kazakhstan - China trade hits a record"),
      ("<title>Kazakhstan - China trade hits a record - Delta Daily</title>", "Kazakhstan - China trade hits a record"),
      ("<title>Trade record | Delta</title>", "Trade record | Delta"),
    ])
  func titles(head: String, title: String) throws {
    let a = try Self.read(
      "<html><head>\(head)</head><body><p>Trade between Kazakhstan and China reached a new record in the first half of the year.</p></body></html>")
    #expect(a.title == title)
  }

  @Test("a layout wrapper named like furniture still holds the story; a share box inside the story is dropped")
  func classHints() throws {
    let a = try Self.read(
      """
      <html><body><div class="layout-with-sidebar-right"><div class="col">
      <p>Kazakhstan and Azerbaijan agreed to double container traffic across the Caspian Sea by the end of next year.</p>
      <div class="share-panel"><p>Share this story with friends, colleagues and family members today.</p></div>
      <p>The transport ministers also discussed new ferries for the port of Kuryk and the port of Alat.</p>
      </div></div></body></html>
      """)
    #expect(
      a.paragraphs.map(a.slice) == [
        "Kazakhstan and Azerbaijan agreed to double container traffic across the Caspian Sea by the end of next year.",
        "The transport ministers also discussed new ferries for the port of Kuryk and the port of Alat.",
      ])
  }

  @Test("one <br> wraps a line, two end a paragraph")
  func lineBreaks() throws {
    let a = try Self.read(
      "<html><body><div>Kazakhstan and Georgia signed a memorandum<br>on rail freight in Tbilisi on Monday."
        + "<br><br>The sides also discussed a new bus route between Almaty and Tbilisi.</div></body></html>")
    #expect(
      a.paragraphs.map(a.slice) == [
        "Kazakhstan and Georgia signed a memorandum on rail freight in Tbilisi on Monday.",
        "The sides also discussed a new bus route between Almaty and Tbilisi.",
      ])
  }

  @Test("a page that is not UTF-8 is decoded by its <meta charset>")
  func declaredCharset() throws {
    let latin1: [UInt8] =
      Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>The Caf".utf8) + [0xE9]
      + Array(" Astana forum brought together ministers from Kazakhstan and Portugal.</p></body></html>".utf8)
    let a = try HTMLReader.read(bytes: latin1, source: "latin1.html")
    #expect(
      a.paragraphs.map(a.slice) == ["The Café Astana forum brought together ministers from Kazakhstan and Portugal."])
  }

  @Test("malformed markup is read without a crash")
  func malformed() throws {
    let a = try Self.read(
      "<html><body><div><p>Kazakh and Azerbaijani officials discussed the Middle Corridor and Caspian shipping in Baku."
        + "<p><b><i>The sides agreed to meet again in Aktau next spring.</b></i><div></span></td>&bogus; <<<>>> </html")
    #expect(a.paragraphs.map(a.slice).contains("The sides agreed to meet again in Aktau next spring."))
  }

  @Test(
    "bad input: a one-line error naming the path",
    arguments: [
      ("empty", Array("  \n".utf8), "file is empty"),
      ("binary", [0x3C, 0x68, 0x00, 0x01, 0x02, 0x89, 0x50, 0x4E, 0x47], "file looks binary"),
      ("nobody", Array("<html><body><nav><a href='/'>Home</a></nav><footer>© Site</footer></body></html>".utf8),
       "no article body found"),
      ("markup only", Array("<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>".utf8),
       "no article body found"),
    ])
  func badInput(name: String, bytes: [UInt8], message: String) throws {
    let path = "/tmp/\(name).html"
    do {
      _ = try HTMLReader.read(bytes: bytes, source: path)
      Issue.record("\(name) was read")
    } catch {
      #expect(error.description.hasPrefix("\(path): error: \(message)"))
      #expect(!error.description.contains("\n"))
    }
  }

  @Test("deeply nested markup is read, and far too deep nesting is an error, not a crash", arguments: [200, 20_000])
  func deepNesting(depth: Int) throws {
    let html = String(repeating: "<div>", count: depth)
      + "<p>Kazakhstan and Oman discussed fertilizer supplies and a new shipping line through the Gulf.</p>"
      + String(repeating: "</div>", count: depth)
    do {
      let a = try Self.read(html)
      #expect(a.paragraphs.count == 1)
    } catch {
      // libxml2 stops building the tree past its depth limit, so the paragraph may be lost
      #expect(depth > 256)
      #expect((error as? ReaderError) == .noBody(path: "page.html"))
    }
  }

  @Test("ingest and eval read .html and .htm files from folders")
  func collected() throws {
    #expect(HTMLReader.handles("a/b/page.HTML"))
    #expect(HTMLReader.handles("page.htm"))
    #expect(!HTMLReader.handles("page.html.txt"))
    #expect(!HTMLReader.handles("dir.html/page"))
    let dir = try IngestTests.tempDir()
    defer { try? FileManager.default.removeItem(at: dir) }
    let page = dir.appendingPathComponent("saved-page.html")
    try FileManager.default.copyItem(atPath: Fixture.path("saved-page.html"), toPath: page.path)
    try Data("<html><body><p>x</p></body></html>".utf8).write(to: dir.appendingPathComponent("other.htm"))
    #expect(FileCollector.collect([dir.path]).files == [dir.path + "/other.htm", page.path])
    let gold = """
      {"article": "saved-page.html", "published": "2024-06-12",
       "entities": [{"label": "Person", "name": "Marat Karabayev"}, {"label": "Person", "name": "Battsetseg Batmunkh"}],
       "relations": [{"type": "MET_WITH", "start": "Marat Karabayev", "end": "Battsetseg Batmunkh", "date": "2024-06-11"}]}
      """
    try Data(gold.utf8).write(to: dir.appendingPathComponent("saved-page.gold.json"))
    let report = try Evaluator().evaluate(directory: dir.path)
    #expect(report.articles == 1)
    #expect(report.entities["Person"]?.truePositives == 2)
    #expect(report.entities["Person"]?.falsePositives == 0)
    #expect(report.relations["MET_WITH"]?.truePositives == 1)
  }
}
