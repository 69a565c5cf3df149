import BilatExport
import BilatStore
import Foundation
import Testing

@Suite struct GraphvizRendererTests {
  @Test(arguments: [GraphvizRenderer.Format.svg, .png, .pdf])
  func rendersTheFixtureThroughDot(format: GraphvizRenderer.Format) throws {
    guard GraphvizRenderer.locateDot() != nil else {
      Issue.record("Graphviz 'dot' is not installed (apt-get install graphviz); rendering was not checked")
      return
    }
    let store = try GraphStore()
    try FixtureGraph.build(into: store)
    let destination = TestSupport.temporaryFile("fixture.\(format.rawValue)")
    defer { try? FileManager.default.removeItem(at: destination) }
    let warnings = try store.read { db in
      try GraphvizRenderer.render(format: format, to: destination) { output in
        try DOTExporter.export(db, options: DOTOptions(clustering: .country), to: output)
      }
    }
    #expect(warnings == "")
    let data = try Data(contentsOf: destination)
    let magic: [GraphvizRenderer.Format: [UInt8]] = [
      .svg: Array("<?xml".utf8), .png: [0x89, 0x50, 0x4E, 0x47], .pdf: Array("%PDF".utf8),
    ]
    #expect(Array(data.prefix(magic[format]?.count ?? 0)) == magic[format])
  }

  @Test func graphvizErrorsAreReportedAndLeaveNoFile() throws {
    guard GraphvizRenderer.locateDot() != nil else {
      Issue.record("Graphviz 'dot' is not installed (apt-get install graphviz); rendering was not checked")
      return
    }
    let destination = TestSupport.temporaryFile("broken.svg")
    #expect {
      try GraphvizRenderer.render(format: .svg, to: destination) { output in try output.write("digraph { a -> }") }
    } throws: { error in
      guard case ExportError.graphvizFailed(let status, let message) = error else { return false }
      return status != 0 && message.contains("syntax error")
    }
    #expect(!FileManager.default.fileExists(atPath: destination.path))
  }

  @Test func missingGraphvizSaysHowToInstallIt() throws {
    #expect(GraphvizRenderer.locateDot(environment: ["PATH": "/nonexistent:/also/not"]) == nil)
    #expect {
      try GraphvizRenderer.render(
        format: .svg, to: TestSupport.temporaryFile("x.svg"), dotPath: nil, environment: ["PATH": "/nonexistent"]
      ) { _ in }
    } throws: { error in
      "\(error)"
        == "Graphviz 'dot' was not found on PATH; install it (Debian/Ubuntu: apt-get install graphviz, "
        + "macOS: brew install graphviz) or export DOT without --render and render it elsewhere"
    }
  }
}
