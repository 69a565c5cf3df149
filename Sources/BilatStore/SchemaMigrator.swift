import Foundation
import GRDB

/// Applies the numbered `Schema/NNN_name.sql` files in order, recording the last one
/// applied in `PRAGMA user_version`. Each file is applied in its own transaction.
enum SchemaMigrator {
  struct Migration {
    let version: Int
    let name: String
    let sql: String
  }

  /// The bundled migrations, sorted by their number.
  static func bundledMigrations() throws -> [Migration] {
    guard let dir = Bundle.module.url(forResource: "Schema", withExtension: nil) else {
      throw StoreError.schemaMissing("no Schema folder in \(Bundle.module.bundlePath)")
    }
    let files = try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "sql" }
    var migrations: [Migration] = []
    for file in files {
      let name = file.deletingPathExtension().lastPathComponent
      guard let number = Int(name.prefix(while: \.isNumber)) else {
        throw StoreError.schemaMissing("\(file.lastPathComponent) does not start with a version number")
      }
      migrations.append(Migration(version: number, name: name, sql: try String(contentsOf: file, encoding: .utf8)))
    }
    migrations.sort { $0.version < $1.version }
    for (index, migration) in migrations.enumerated() where migration.version != index + 1 {
      throw StoreError.schemaMissing("schema versions must be 1, 2, 3...; found \(migration.name)")
    }
    return migrations
  }

  static func migrate(_ writer: any DatabaseWriter, path: String) throws {
    let migrations = try bundledMigrations()
    let current = try writer.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
    if current > migrations.count {
      throw StoreError.schemaTooNew(path: path, found: current, supported: migrations.count)
    }
    for migration in migrations where migration.version > current {
      try writer.write { db in
        try db.execute(sql: migration.sql)
        try db.execute(sql: "PRAGMA user_version = \(migration.version)")
      }
    }
  }
}
