import BilatCore
import Foundation
import GRDB
import Testing

@testable import BilatServe
@testable import BilatStore

/// The migration to schema version 6 (Schema/006, docs/storage-v2.md "Version 6"): a schema-5
/// database written by the schema-5 bilat (`Fixtures/migration-v5/rows.sql`: every value type,
/// U+0000, articles, evidence, multi-label nodes, labels with non-ASCII letters, an emoji, a quote
/// and a backslash, aliases with mixed typography and transliterations) is backed up and migrated;
/// `bilat export json` gives the bytes the schema-5 bilat gave (`Fixtures/migration-v5/export.json`)
/// and names resolve as they did.
@Suite struct LabelsAndAliasKeysMigrationTests {
  /// A schema-5 database with the rows of `Fixtures/migration-v5/rows.sql`.
  static func versionFiveDatabase() throws -> String {
    try OldSchema.database(version: 5, fixture: "migration-v5/rows.sql")
  }

  /// A migrated copy and its backup (the schema-5 file, which still has the alias keys).
  static func migrated() throws -> (path: String, backup: String) {
    let path = try versionFiveDatabase()
    let outcome = try CLI.bilat(["stats", "--db", path])
    #expect(outcome.status == 0, "\(outcome.err)")
    return (path, "\(path).backup-v5")
  }

  @Test func exportIsTheSameBytesAfterTheMigration() throws {
    let path = try Self.versionFiveDatabase()
    let before = try Fingerprint.ofForeign(path)
    let expected = try String(contentsOf: try Scratch.fixture("migration-v5/export.json"), encoding: .utf8)
    let export = try CLI.bilat(["export", "json", "--db", path])
    #expect(export.status == 0, "\(export.err)")
    #expect(export.out == expected)

    let (version, integrity, brokenKeys, labels, columns) = try StorageV2MigrationTests.read(path) { db in
      (
        try Int.fetchOne(db, sql: "PRAGMA user_version"), try String.fetchOne(db, sql: "PRAGMA integrity_check"),
        try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count,
        try String.fetchAll(db, sql: "SELECT id || ' ' || name FROM label ORDER BY id"),
        try ["node", "node_extra_label", "alias"].map { table in
          // Table names from the fixed list above.
          try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info('\(table)') ORDER BY cid")
        }
      )
    }
    #expect(version == 8)
    #expect(integrity == "ok")
    #expect(brokenKeys == 0)
    // Ids in the order of the names (binary: upper case first), one per label the v5 nodes had.
    #expect(
      labels == [
        "1 Agency", "2 Agreement", "3 Article", "4 Ağ Örgütü", "5 City", "6 Country", "7 Facility",
        "8 Label with space", "9 Meeting", "10 Organization", "11 Person", "12 Place", "13 Probe", "14 Project",
        "15 Sector", "16 Städte", "17 Zone", "18 Zone🇰🇿", "19 a\"b\\c", "20 Ünïcode", "21 ünïcode",
      ])
    #expect(
      columns == [
        ["id", "label_id", "name", "country", "props"], ["node_id", "label_id"], ["node_id", "surface", "folded_key"],
      ])
    // The backup, taken through SQLite's online backup before the migration, is the v5 file as it was.
    #expect(try Fingerprint.ofForeign("\(path).backup-v5") == before)
    let backupVersion = try StorageV2MigrationTests.read("\(path).backup-v5") {
      try Int.fetchOne($0, sql: "PRAGMA user_version")
    }
    #expect(backupVersion == 5)
  }

  /// The alias lookups of ingest and name resolution (exact normalized key, then folded key, with
  /// or without a label) give on the migrated file what schema 5's SQL, which read `key`, gives on
  /// the backup: for every surface of the fixture and typographic and transliterated variants.
  @Test func aliasLookupsAnswerAsSchemaFiveDid() throws {
    let (path, backup) = try Self.migrated()
    let surfaces = try StorageV2MigrationTests.read(backup) {
      try String.fetchAll($0, sql: "SELECT surface FROM alias")
    }
    let names =
      surfaces + surfaces.map { $0.uppercased() } + [
        "Aliya  SMAILOVA", "Smaylova", "Zhetysu-Invest", "kazakhstan's \"free\" zone", "Nur Sultan", "HORGOS",
        "Kasym-Zhomart Tokaev", "Erlan Koshanov", "nobody",
      ]
    let labels: [String?] = [nil, "Person", "Place", "Zone🇰🇿", "a\"b\\c", "Städte", "Missing"]
    let store = try GraphStore(path: path)
    var checked = 0
    for name in names {
      for label in labels {
        let folded = NameKey.transliterationFolded(name)
        let old = try StorageV2MigrationTests.read(backup) { db in
          (
            try Int64.fetchAll(db, sql: Self.schemaFiveLookup, arguments: [folded, NameKey.normalized(name), label]),
            try Int64.fetchAll(db, sql: Self.schemaFiveLookup, arguments: [folded, nil, label])
          )
        }
        let new = try store.read { g in
          (try g.nodes(withAlias: name, label: label), try g.nodes(withFoldedAlias: name, label: label))
        }
        #expect(new.0 == old.0, "\(name) \(label ?? "-")")
        #expect(new.1 == old.1, "\(name) \(label ?? "-")")
        if !old.1.isEmpty { checked += 1 }
      }
    }
    #expect(checked > 100)
  }

  /// Schema 5's alias lookup (GraphDatabase.aliasLookupSQL at 1b3c2c2), on the backup.
  static let schemaFiveLookup = """
    SELECT DISTINCT a.node_id FROM alias a JOIN node n ON n.id = a.node_id
    WHERE a.folded_key = ?1 AND (?2 IS NULL OR a.key = ?2)
      AND (?3 IS NULL OR (n.label = ?3 OR n.id IN (SELECT node_id FROM node_extra_label WHERE label = ?3)))
    ORDER BY a.node_id
    """

  /// `who-met` and `export --around` print what the schema-5 bilat printed on the v5 file.
  @Test(arguments: [
    (["who-met", "ALIYA  SMAÏLOVA", "--format", "csv"], "met,date,place,source\nNur\u{0}Sultan,2024-05-08,Khorgos,\n"),
    (["who-met", "Aliya Smaylova", "--format", "csv"], "met,date,place,source\nNur\u{0}Sultan,2024-05-08,Khorgos,\n"),
    (
      ["who-met", "nursultan", "--format", "csv"],
      "met,date,place,source\nZhetisu–Invest,2024-05-07,,\nAliya Smaïlova,2024-05-08,Khorgos,\n"
    ),
  ])
  func whoMetAnswersAsSchemaFiveDid(arguments: [String], output: String) throws {
    let (path, _) = try Self.migrated()
    let outcome = try CLI.bilat(arguments + ["--db", path])
    #expect(outcome.status == 0, "\(outcome.err)")
    #expect(outcome.out == output)
  }

  @Test(arguments: [
    ("Aliya Smailova", [43, 44, 47]), ("Horgos", [43, 44]), ("kazakhstan’s free zone", [46]),
    ("Erlan Koshanov", [48]),
  ])
  func exportAroundFindsWhatSchemaFiveFound(name: String, nodes: [Int64]) throws {
    let (path, _) = try Self.migrated()
    let outcome = try CLI.bilat(["export", "json", "--around", name, "--depth", "1", "--db", path])
    #expect(outcome.status == 0, "\(outcome.err)")
    let graph = try JSONSerialization.jsonObject(with: Data(outcome.out.utf8)) as? [String: Any]
    let ids = (graph?["nodes"] as? [[String: Any]] ?? []).compactMap { ($0["id"] as? NSNumber)?.int64Value }
    #expect(ids.sorted() == nodes)
  }

  /// The web search finds the entities the schema-5 bilat's search found (`bilat serve`,
  /// `/api/search`, on the v5 file), and its alias prefixes are those of schema 5's `key LIKE`
  /// on the backup.
  @Test(arguments: [
    ("Smail", [44]), ("aliya sm", [44]), ("khorgos", [43]), ("Horgos", [43]), ("Хорг", [43]), ("zhetisu", [45]),
    ("Jetisu", [45]), ("qazaqstan", [46]), ("kazakhstan’s", [46]), ("Tokay", [6]), ("Nur", [12, 19, 28, 47]),
    ("yerlan", [48]), ("erlan k", [48]), ("\\", []), ("%", []), ("_", []),
  ])
  func searchFindsWhatSchemaFiveFound(query: String, ids: [Int64]) throws {
    let (path, backup) = try Self.migrated()
    let service = try GraphService(readOnlyPath: path, settings: ServeSettings())
    #expect(try service.search(query).entities.map(\.id) == ids)
    try Self.expectSchemaFiveAliasPrefixes(query, path: path, backup: backup)
  }

  /// More alias prefixes, against schema 5's `key LIKE` only: quotes, a backslash, the apostrophe
  /// and white space variants the SQL prefilter of the search treats apart, non-ASCII keys.
  @Test(arguments: [
    "Qazaqstan\\Z", "\"free", "‘Free’ zone", "'free", "kazakhstan`s", "KHORGOS\tGATE", "khorgos “g", "nur", "жетісу",
    "aliya  smaïl", "smaïlova", "ağ", "a", "'", " ", "—", "zhetisu-inv", "zhetisu inv", "i",
  ])
  func aliasPrefixesAreSchemaFivesKeyLike(query: String) throws {
    let (path, backup) = try Self.migrated()
    try Self.expectSchemaFiveAliasPrefixes(query, path: path, backup: backup)
  }

  static func expectSchemaFiveAliasPrefixes(_ query: String, path: String, backup: String) throws {
    let service = try GraphService(readOnlyPath: path, settings: ServeSettings())
    let key = NameKey.normalized(query)
    let old = try StorageV2MigrationTests.read(backup) { db in
      try Int64.fetchAll(
        db,
        sql: """
          SELECT DISTINCT node_id FROM alias WHERE key LIKE ?1 ESCAPE '\\' OR key LIKE '% ' || ?1 ESCAPE '\\' LIMIT 25
          """, arguments: [Self.likePattern(key)])
    }
    let new = try service.store.read { try GraphService.aliasPrefixMatches(key, $0.db) }
    #expect(new == old, "\(query)")
  }

  /// On the migrated file, Cypher tests migrated labels (row and extra ones), lists them, and
  /// warns about a label no node has with the closest migrated one.
  @Test(arguments: [
    ("MATCH (n:`Zone🇰🇿`) RETURN n.name ORDER BY n.name", ["Khorgos", "Qazaqstan's ‘Free’ Zone"]),
    // CSV quotes a field with a comma and doubles its quotes.
    ("MATCH (n:`a\"b\\c`) RETURN labels(n)", ["\"['Person', 'a\"\"b\\\\c']\""]),
    ("MATCH (n:Städte:Person) RETURN labels(n)", ["\"['Person', 'Städte', 'ünïcode']\""]),
    ("MATCH (n {name: 'no label'}) RETURN size(labels(n))", ["0"]),
  ])
  func queriesReadTheMigratedLabels(query: String, rows: [String]) throws {
    let (path, _) = try Self.migrated()
    let outcome = try CLI.bilat(["query", "--format", "csv", "--db", path, query])
    #expect(outcome.status == 0, "\(outcome.err)")
    #expect(Array(outcome.out.split(separator: "\n").dropFirst().map(String.init)) == rows)
  }

  @Test func unknownLabelWarnsWithTheClosestMigratedOne() throws {
    let (path, _) = try Self.migrated()
    let outcome = try CLI.bilat(["query", "--db", path, "MATCH (n:Stadte) RETURN n"])
    #expect(outcome.status == 0, "\(outcome.err)")
    #expect(outcome.err.contains("no label 'Stadte' in the database; did you mean Städte?"), "\(outcome.err)")
  }

  /// CREATE with labels never seen registers each once, after the migrated ones, and the node
  /// reads back with all of them.
  @Test func createRegistersNewLabelsOnce() throws {
    let (path, _) = try Self.migrated()
    for _ in 0..<2 {
      let created = try CLI.bilat(["create", "--db", path, "CREATE (:Brand_New:`Ünïcode`:Ärger {name: 'fresh'})"])
      #expect(created.status == 0, "\(created.err)")
    }
    let (labels, nodes) = try StorageV2MigrationTests.read(path) { db in
      (
        try String.fetchAll(db, sql: "SELECT id || ' ' || name FROM label WHERE id > 21 ORDER BY id"),
        try String.fetchAll(
          db,
          sql: """
            SELECT group_concat(name, ',') FROM (SELECT n.id, l.name FROM node n JOIN label l ON l.id = n.label_id
              WHERE n.name = 'fresh' UNION ALL SELECT e.node_id, l.name FROM node_extra_label e
              JOIN label l ON l.id = e.label_id JOIN node n ON n.id = e.node_id WHERE n.name = 'fresh'
              ORDER BY 1, 2) GROUP BY id
            """)
      )
    }
    #expect(labels == ["22 Brand_New", "23 Ärger"])
    #expect(nodes == ["Brand_New,Ärger,Ünïcode", "Brand_New,Ärger,Ünïcode"])
  }

  /// `key%` with LIKE's wildcards escaped (schema 5's search pattern).
  static func likePattern(_ key: String) -> String {
    key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
      .replacingOccurrences(of: "_", with: "\\_") + "%"
  }
}
