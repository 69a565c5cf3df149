// swift-tools-version: 6.1
import PackageDescription

// Module graph (one-way):
//   BilatCore ← BilatExtraction
//   BilatCore ← BilatStore ← BilatQuery ← BilatExport
//   BilatExtraction + BilatStore ← BilatIngest
//   Core, Store, Query, Export + Hummingbird ← BilatServe (bilat serve)
//   everything ← bilat (CLI), bilat-bench
//   Core, Store, Query, Extraction ← BilatFuzzChecks ← bilat-fuzz-query, bilat-fuzz-extract
let package = Package(
  name: "Bilat",
  platforms: [.macOS(.v13)],
  products: [
    .library(
      name: "Bilat",
      targets: ["BilatCore", "BilatStore", "BilatExtraction", "BilatIngest", "BilatQuery", "BilatExport"]),
    .executable(name: "bilat", targets: ["bilat"]),
    .executable(name: "bilat-bench", targets: ["bilat-bench"]),
    .executable(name: "bilat-fuzz-query", targets: ["bilat-fuzz-query"]),
    .executable(name: "bilat-fuzz-extract", targets: ["bilat-fuzz-extract"]),
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
    .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    .package(url: "https://github.com/apple/swift-crypto.git", exact: "3.12.3"),
  ],
  targets: [
    .target(name: "BilatCore"),
    .target(
      name: "BilatStore",
      dependencies: [
        "BilatCore", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ],
      resources: [.copy("../../Schema")]),
    // libxml2's HTML parser, for reading saved news pages (Debian: libxml2-dev).
    .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    .target(
      name: "BilatExtraction",
      dependencies: ["BilatCore", "CLibXML2"],
      resources: [
        .copy("../../Data/dictionaries"), .copy("../../Data/gazetteers"), .copy("../../Data/models"),
      ]),
    .target(
      name: "BilatIngest",
      dependencies: [
        "BilatCore", "BilatStore", "BilatExtraction", .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .target(name: "BilatQuery", dependencies: ["BilatCore", "BilatStore"]),
    .target(
      name: "BilatExport",
      dependencies: [
        "BilatCore", "BilatStore", "BilatQuery", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]),
    .target(
      name: "BilatServe",
      dependencies: [
        "BilatCore", "BilatStore", "BilatQuery", "BilatExport",
        .product(name: "Hummingbird", package: "hummingbird"),
      ],
      resources: [.copy("Static")]),
    .executableTarget(
      name: "bilat",
      dependencies: [
        "BilatCore", "BilatStore", "BilatExtraction", "BilatIngest", "BilatQuery", "BilatExport", "BilatServe",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(
      name: "bilat-bench",
      dependencies: [
        "BilatCore", "BilatStore", "BilatExtraction", "BilatIngest", "BilatQuery", "BilatExport",
      ],
      path: "Benchmarks/bilat-bench",
      exclude: ["queries-bilat.sql", "queries-everyday.cypher", "queries-everyday.sql"]),
    // libFuzzer drivers: real fuzzing only when built with -DFUZZING -sanitize=fuzzer (see README).
    // Their checks live in BilatFuzzChecks so that the regression tests replay the same ones.
    .target(name: "BilatFuzzChecks", dependencies: ["BilatCore", "BilatStore", "BilatQuery", "BilatExtraction"]),
    .executableTarget(name: "bilat-fuzz-query", dependencies: ["BilatFuzzChecks", "BilatQuery"]),
    .executableTarget(name: "bilat-fuzz-extract", dependencies: ["BilatFuzzChecks", "BilatExtraction"]),
    .testTarget(name: "BilatStoreTests", dependencies: ["BilatStore", "BilatIngest"], resources: [.copy("Fixtures")]),
    .testTarget(
      name: "BilatExtractionTests", dependencies: ["BilatExtraction", "BilatIngest", "BilatStore"],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "BilatQueryTests", dependencies: ["BilatQuery", "BilatStore"], resources: [.copy("Fixtures")]),
    .testTarget(
      name: "BilatExportTests", dependencies: ["BilatExport", "BilatQuery", "BilatStore"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "BilatServeTests",
      dependencies: [
        "BilatServe", "BilatStore", "BilatIngest", .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "Yams", package: "Yams"),
      ]),
    .testTarget(name: "BilatCLITests", dependencies: ["bilat"], resources: [.copy("Fixtures")]),
    .testTarget(
      name: "BilatReliabilityTests",
      dependencies: [
        "bilat", "BilatStore", "BilatIngest", "BilatQuery", "BilatExtraction", "BilatFuzzChecks", "BilatServe",
      ],
      resources: [.copy("Fixtures")]),
  ],
  swiftLanguageModes: [.v6]
)
