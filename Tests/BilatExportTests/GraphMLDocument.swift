import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A GraphML document read with XMLParser (which fails on anything not well-formed).
final class GraphMLDocument: NSObject, XMLParserDelegate {
  struct Key: Equatable {
    var id: String
    var domain: String
    var name: String
    var type: String
  }

  private(set) var keys: [Key] = []
  /// Data values by node id, then key id.
  private(set) var nodes: [String: [String: String]] = [:]
  /// Data values by edge id, then key id; plus "source" and "target".
  private(set) var edges: [String: [String: String]] = [:]
  private var owner: (kind: String, id: String)?
  private var dataKey: String?
  private var buffer = ""

  static func parse(_ xml: String) throws -> GraphMLDocument {
    let document = GraphMLDocument()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.delegate = document
    guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
    return document
  }

  func keyID(for domain: String, name: String) -> String? {
    keys.first { $0.domain == domain && $0.name == name }?.id
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    switch name {
    case "key":
      keys.append(
        Key(
          id: attributes["id"] ?? "", domain: attributes["for"] ?? "", name: attributes["attr.name"] ?? "",
          type: attributes["attr.type"] ?? ""))
    case "node":
      owner = ("node", attributes["id"] ?? "")
      nodes[attributes["id"] ?? ""] = [:]
    case "edge":
      let id = attributes["id"] ?? ""
      owner = ("edge", id)
      edges[id] = ["source": attributes["source"] ?? "", "target": attributes["target"] ?? ""]
    case "data":
      dataKey = attributes["key"]
      buffer = ""
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { buffer += string }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    guard name == "data", let owner, let dataKey else { return }
    if owner.kind == "node" { nodes[owner.id]?[dataKey] = buffer } else { edges[owner.id]?[dataKey] = buffer }
    self.dataKey = nil
  }
}
