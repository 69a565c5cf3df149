import BilatCore
import BilatStore
import Foundation
import Testing

/// `who-met NAME` and `export --around NAME` resolve a name through the same resolver: the same
/// node for an alias, a folded spelling or a bare name, and the same candidates when ambiguous.
@Suite struct NameResolverAgreementTests {
  let directory: URL
  let db: String

  init() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("bilat-resolve-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    db = directory.appendingPathComponent("graph.sqlite").path
    let store = try GraphStore(path: db)
    try store.write { g in
      let smailov = try g.createNode(labels: ["Person"], properties: ["name": "Alikhan Smailov"])
      let ding = try g.createNode(labels: ["Person"], properties: ["name": "Ding Xuexiang"])
      let jianping = try g.createNode(labels: ["Person"], properties: ["name": "Ding Jianping"])
      try g.addAlias("Alikhan Smailov", to: smailov)
      try g.addAlias("Smaiylov", to: smailov)
      try g.addAlias("Ding", to: ding)
      try g.addAlias("Ding", to: jianping)
      try g.createRelationship(type: "MET_WITH", from: smailov, to: ding, properties: ["date": "2023-11-27"])
      try g.createRelationship(type: "MET_WITH", from: jianping, to: smailov, properties: ["date": "2023-11-28"])
    }
  }

  /// An alias, the name in capitals, the name, a transliteration-folded spelling of the alias.
  @Test(arguments: ["Smaiylov", "ALIKHAN SMAILOV", "Alikhan Smailov", "Smailovv"])
  func bothCommandsFindTheSameNode(name: String) throws {
    let whoMet = try CLIRunner.run(["who-met", "--db", db, name])
    #expect(whoMet.status == 0, "\(whoMet.stderr)")
    #expect(whoMet.stdout.contains("Ding Xuexiang") && whoMet.stdout.contains("Ding Jianping"))
    let export = try CLIRunner.run(["export", "json", "--db", db, "--around", name, "--depth", "0"])
    #expect(export.status == 0, "\(export.stderr)")
    #expect(export.stdout.contains("Alikhan Smailov") && !export.stdout.contains("Ding"))
  }

  @Test func bothCommandsCallTheSameNameAmbiguous() throws {
    let whoMet = try CLIRunner.run(["who-met", "--db", db, "Ding"])
    #expect(whoMet.status != 0)
    #expect(whoMet.stderr.contains("Ding Xuexiang (node 2)") && whoMet.stderr.contains("Ding Jianping (node 3)"))
    let export = try CLIRunner.run(["export", "json", "--db", db, "--around", "Ding"])
    #expect(export.status != 0)
    #expect(
      export.stderr
        == "Error: 'Ding' names 2 entities; pick one by a fuller name: Ding Xuexiang (Person, node 2); "
        + "Ding Jianping (Person, node 3)\n")
  }

  @Test func bothCommandsSuggestTheSameNames() throws {
    let whoMet = try CLIRunner.run(["who-met", "--db", db, "Alikhan Smail"])
    #expect(whoMet.stderr == "no person named 'Alikhan Smail'; closest names:\n  Alikhan Smailov\n")
    let export = try CLIRunner.run(["export", "json", "--db", db, "--around", "Alikhan Smail"])
    #expect(
      export.stderr == "Error: no entity is named 'Alikhan Smail'; similar names: Alikhan Smailov (Person, node 1)\n")
  }
}
