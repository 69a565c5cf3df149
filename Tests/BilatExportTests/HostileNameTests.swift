import BilatCore
import BilatExport
import BilatStore
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Names with quotes, backslashes, line breaks, markup, non-Latin scripts and the en dash go
/// through every exporter and come out valid (Graphviz silent, XML well-formed, JSON parsed)
/// and intact.
@Suite struct HostileNameTests {
  static func names() throws -> [String] {
    let data = try Data(contentsOf: TestSupport.fixtureURL("hostile-names.json"))
    return try JSONDecoder().decode([String].self, from: data)
  }

  /// A graph where every hostile name is a node name, a country (for clusters), a
  /// relationship date and title, and where some are labels and relationship types.
  static func hostileStore() throws -> (GraphStore, [String: Int64]) {
    let store = try GraphStore()
    let names = try names()
    let ids = try store.write { db in
      var ids: [String: Int64] = [:]
      var previous: Int64?
      for (index, name) in names.enumerated() {
        let label = index % 3 == 0 ? name : "Person"
        let id = try db.createNode(
          labels: label.isEmpty ? ["Person"] : [label], properties: ["name": .string(name), "country": .string(name)])
        try db.addAlias(name, to: id)
        ids[name] = id
        if let previous {
          let type = index % 4 == 0 && !name.isEmpty ? name : "MET_WITH"
          try db.createRelationship(
            type: type, from: previous, to: id, properties: ["date": .string(name), "title": .string(name)])
          try db.createRelationship(type: "MET_WITH", from: previous, to: id, properties: ["date": "2023-11-27"])
        }
        previous = id
      }
      return ids
    }
    return (store, ids)
  }

  static let variants: [DOTOptions] = [
    DOTOptions(),
    DOTOptions(rankDirection: .TB, clustering: .country, mergeParallel: true),
  ]

  @Test(arguments: variants)
  func graphvizRendersHostileNamesWithoutErrorOrWarning(options: DOTOptions) throws {
    guard let dotPath = GraphvizRenderer.locateDot() else {
      Issue.record("Graphviz 'dot' is not installed (apt-get install graphviz); the render check did not run")
      return
    }
    let (store, ids) = try Self.hostileStore()
    let dot = try TestSupport.dot(store, options: options)
    let result = try TestSupport.run(dotPath, ["-Tsvg"], input: dot)
    #expect(result.status == 0)
    #expect(result.err == "", "Graphviz complained: \(result.err)")
    let texts = try SVGNodeTexts.parse(result.out)
    for (name, id) in ids {
      let shown = texts["n\(id)"]
      #expect(shown == Self.rendered(name, id: id), "node n\(id) for \(name.debugDescription)")
    }
  }

  /// What Graphviz should draw for a name: lines split at line breaks, control characters
  /// as spaces, blank names replaced by label and id.
  static func rendered(_ name: String, id: Int64) -> String {
    if name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return "Person \(id)" }
    var text = name.replacingOccurrences(of: "\r\n", with: "\n")
    text = String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F ? " " : $0 }))
    return text
  }

  @Test func graphMLOfHostileNamesIsWellFormedAndIntact() throws {
    let (store, ids) = try Self.hostileStore()
    let xml = try TestSupport.graphML(store)
    let document = try GraphMLDocument.parse(xml)
    for (name, id) in ids {
      // XML 1.0 cannot carry most control characters; they become U+FFFD.
      let expected = String(
        String.UnicodeScalarView(
          name.unicodeScalars.map { $0.value < 0x20 && !["\n", "\r", "\t"].contains($0) ? "\u{FFFD}" : $0 }))
      let nameKey = try #require(document.keyID(for: "node", name: "name"))
      #expect(document.nodes["n\(id)"]?[nameKey] == expected, "name \(name.debugDescription)")
    }
  }

  @Test func jsonOfHostileNamesParsesBackIntact() throws {
    let (store, ids) = try Self.hostileStore()
    let json = try TestSupport.json(store)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let nodes = try #require(object["nodes"] as? [[String: Any]])
    for node in nodes {
      let properties = try #require(node["properties"] as? [String: Any])
      let name = try #require(properties["name"] as? String)
      #expect((node["id"] as? Int).map(Int64.init) == ids[name])
    }
    #expect(nodes.count == ids.count)
  }
}

/// The text lines Graphviz drew in each node of an SVG, by node name (the `<title>`).
final class SVGNodeTexts: NSObject, XMLParserDelegate {
  private var result: [String: String] = [:]
  private var inNode = false
  private var title: String?
  private var lines: [String] = []
  private var element = ""
  private var buffer = ""

  static func parse(_ svg: String) throws -> [String: String] {
    let delegate = SVGNodeTexts()
    let parser = XMLParser(data: Data(svg.utf8))
    parser.delegate = delegate
    guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
    return delegate.result
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    if name == "g" && attributes["class"] == "node" {
      inNode = true
      title = nil
      lines = []
    }
    element = name
    buffer = ""
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { buffer += string }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    guard inNode else { return }
    if name == "title" { title = buffer }
    if name == "text" { lines.append(buffer) }
    if name == "g" {
      if let title { result[title] = lines.joined(separator: "\n") }
      inNode = false
    }
    buffer = ""
  }
}
