import BilatExport
import BilatStore
import Foundation
import Testing

@Test func scratchDump() throws {
  let store = try GraphStore()
  try FixtureGraph.build(into: store)
  try store.read { db in
    let a = TextOutput(); try DOTExporter.export(db, to: a); try a.write("")
    try a.text.write(toFile: "/tmp/fx.dot", atomically: true, encoding: .utf8)
    let b = TextOutput(); try JSONGraphExporter.export(db, to: b)
    try b.text.write(toFile: "/tmp/fx.json", atomically: true, encoding: .utf8)
    let c = TextOutput(); try GraphMLExporter.export(db, to: c)
    try c.text.write(toFile: "/tmp/fx.graphml", atomically: true, encoding: .utf8)
    let d = TextOutput(); try DOTExporter.export(db, options: DOTOptions(rankDirection: .TB, clustering: .country, mergeParallel: true), to: d)
    try d.text.write(toFile: "/tmp/fx2.dot", atomically: true, encoding: .utf8)
  }
}
