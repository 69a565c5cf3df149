import Foundation
import Testing

/// Runs the built `bilat` executable, as an analyst would, for the reliability tests.
enum CLI {
  /// The `bilat` binary SwiftPM built next to the test bundle (`$BILAT_BIN` overrides it).
  static var bilatPath: String {
    if let path = ProcessInfo.processInfo.environment["BILAT_BIN"] { return path }
    let buildDir = Bundle.module.bundleURL.deletingLastPathComponent()
    return buildDir.appendingPathComponent("bilat").path
  }

  /// The outcome of one run.
  struct Outcome: Sendable {
    var status: Int32
    var out: String
    var err: String
    /// True when the run was stopped at its deadline.
    var timedOut: Bool
    /// Peak resident set size of the child, in KiB (from wait4's rusage).
    var maxRSSKiB: Int
  }

  /// Runs `bilat ARGS`, stopping it after `timeout` seconds.
  static func bilat(_ arguments: [String], timeout: Double = 120) throws -> Outcome {
    try run(bilatPath, arguments, timeout: timeout)
  }

  /// Starts `bilat ARGS` and returns without waiting (for the concurrency tests).
  static func start(_ arguments: [String]) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: bilatPath)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  /// Runs a program with output captured in files (pipes can fill up and block the child).
  /// Spawned with posix_spawn and reaped with wait4 (not Foundation's Process, which reaps the
  /// child itself), so that the exit status and peak memory are the child's own.
  static func run(_ executable: String, _ arguments: [String], timeout: Double) throws -> Outcome {
    let dir = try Scratch.directory("run")
    defer { try? FileManager.default.removeItem(at: dir) }
    let outPath = dir.appendingPathComponent("out").path
    let errPath = dir.appendingPathComponent("err").path
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    guard spawned == 0 else {
      throw CocoaError(.executableLoad, userInfo: [NSFilePathErrorKey: executable, "errno": spawned])
    }
    let deadline = Date().addingTimeInterval(timeout)
    var timedOut = false
    var status: Int32 = 0
    var usage = rusage()
    while true {
      let reaped = wait4(pid, &status, WNOHANG, &usage)
      if reaped == pid || reaped < 0 { break }
      if Date() > deadline {
        timedOut = true
        kill(pid, SIGKILL)
        _ = wait4(pid, &status, 0, &usage)
        break
      }
      usleep(5_000)
    }
    let exitStatus: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    let out = FileManager.default.contents(atPath: outPath) ?? Data()
    let err = FileManager.default.contents(atPath: errPath) ?? Data()
    return Outcome(
      status: exitStatus, out: String(decoding: out, as: UTF8.self), err: String(decoding: err, as: UTF8.self),
      timedOut: timedOut, maxRSSKiB: Int(usage.ru_maxrss))
  }
}

/// Temporary files and folders, one fresh folder per use.
enum Scratch {
  static func directory(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("bilat-reliability-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A path for a database that does not exist yet.
  static func databasePath(_ name: String = "graph") throws -> String {
    try directory(name).appendingPathComponent("\(name).sqlite").path
  }

  /// The URL of a file in the test target's `Fixtures/` folder.
  static func fixture(_ name: String) throws -> URL {
    guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil) else {
      throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name])
    }
    return url
  }
}
