import CLibXML2

/// A parsed HTML page: libxml2's forgiving HTML parser (it recovers from unclosed and misnested
/// tags, as browsers do), walked without recursion so that deep nesting cannot exhaust the stack.
final class HTMLDocument {
  typealias Node = UnsafeMutablePointer<xmlNode>

  private let document: htmlDocPtr
  /// The `<html>` element (libxml2 adds it when the page has none).
  let root: Node

  /// Parsing once per process: libxml2 wants its globals set up before any thread parses.
  private static let parserReady: Bool = {
    xmlInitParser()
    return true
  }()

  /// Parses `bytes`; `encoding` nil lets the page's `<meta charset>` decide. Nil when libxml2
  /// finds no document at all.
  init?(bytes: [UInt8], encoding: String?) {
    guard HTMLDocument.parserReady, !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
    let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        if let encoding {
          return htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, encoding, options)
        }
        return htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, nil, options)
      }
    }
    guard let parsed else { return nil }
    guard let root = xmlDocGetRootElement(parsed) else {
      xmlFreeDoc(parsed)
      return nil
    }
    self.document = parsed
    self.root = root
  }

  deinit { xmlFreeDoc(document) }

  /// What to do with an element's children during a walk.
  enum Descent { case enter, skip }

  /// Visits every node below `start` in document order: `enter` before an element's children
  /// (it may skip them), `leave` after them; text nodes go to `enter` only.
  func walk(from start: Node, enter: (Node) -> Descent, leave: (Node) -> Void) {
    guard enter(start) == .enter else { return }
    var current: Node? = start.pointee.children
    var open = start  // the element whose children are being visited
    while true {
      guard let node = current else {
        // no more children: close the open element and go on after it
        leave(open)
        if open == start { return }
        current = open.pointee.next
        guard let up = open.pointee.parent else { return }
        open = up
        continue
      }
      if HTMLDocument.isElement(node) {
        if enter(node) == .enter {
          if let child = node.pointee.children {
            open = node
            current = child
            continue
          }
          leave(node)
        }
      } else {
        _ = enter(node)
      }
      current = node.pointee.next
    }
  }

  static func isElement(_ node: Node) -> Bool { node.pointee.type == XML_ELEMENT_NODE }
  static func isText(_ node: Node) -> Bool {
    node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE
  }

  /// The lowercased tag name of an element ("" for other nodes).
  static func tag(_ node: Node) -> String {
    guard isElement(node), let name = node.pointee.name else { return "" }
    return String(cString: name).lowercased()
  }

  /// The value of an attribute (name compared without case).
  static func attribute(_ node: Node, _ name: String) -> String? {
    var attribute = node.pointee.properties
    while let a = attribute {
      if let n = a.pointee.name, String(cString: n).lowercased() == name {
        var value = ""
        var child = a.pointee.children
        while let c = child {
          if let content = c.pointee.content { value += String(cString: content) }
          child = c.pointee.next
        }
        return value
      }
      attribute = a.pointee.next
    }
    return nil
  }

  /// The raw text of a text node.
  static func text(_ node: Node) -> String {
    guard let content = node.pointee.content else { return "" }
    return String(cString: content)
  }

  /// All text below `node`, white space collapsed.
  func textContent(_ node: Node) -> String {
    var parts = ""
    walk(
      from: node,
      enter: { n in
        if HTMLDocument.isText(n) { parts += HTMLDocument.text(n) }
        return .enter
      }, leave: { _ in })
    return HTMLText.collapse(parts)
  }
}
