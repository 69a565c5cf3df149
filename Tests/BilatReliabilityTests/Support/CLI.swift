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
    /// Peak resident set size of the child, in KiB: its VmHWM sampled while it runs (wait4's
    /// ru_maxrss is no good here: after posix_spawn's vfork it includes the test runner's own peak).
    var maxRSSKiB: Int
  }

  /// Runs `bilat ARGS`, stopping it after `timeout` seconds.
  static func bilat(_ arguments: [String], timeout: Double = 120) throws -> Outcome {
    try run(bilatPath, arguments, timeout: timeout)
  }

  /// Starts `bilat ARGS` (output discarded) and returns without waiting (for the concurrency tests).
  static func start(_ arguments: [String]) throws -> Child {
    try Child(bilatPath, arguments, out: "/dev/null", err: "/dev/null")
  }

  /// Runs a program with output captured in files (pipes can fill up and block the child).
  /// Spawned with posix_spawn and reaped with wait4 (not Foundation's Process, which reaps the
  /// child itself), so that the exit status and peak memory are the child's own.
  static func run(_ executable: String, _ arguments: [String], timeout: Double) throws -> Outcome {
    let dir = try Scratch.directory("run")
    defer { try? FileManager.default.removeItem(at: dir) }
    let outPath = dir.appendingPathComponent("out").path
    let errPath = dir.appendingPathComponent("err").path
    let child = try Child(executable, arguments, out: outPath, err: errPath)
    let deadline = Date().addingTimeInterval(timeout)
    var timedOut = false
    var peakKiB = 0
    while child.isRunning {
      peakKiB = max(peakKiB, child.highWaterRSSKiB)
      if Date() > deadline {
        timedOut = true
        child.kill()
        break
      }
      usleep(5_000)
    }
    let (status, _) = child.wait()
    let exitStatus: Int32 = status == -1 ? -1 : (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    let out = FileManager.default.contents(atPath: outPath) ?? Data()
    let err = FileManager.default.contents(atPath: errPath) ?? Data()
    return Outcome(
      status: exitStatus, out: String(decoding: out, as: UTF8.self), err: String(decoding: err, as: UTF8.self),
      timedOut: timedOut, maxRSSKiB: peakKiB)
  }
}

/// A child process spawned with posix_spawn and reaped with wait4.
final class Child {
  let pid: pid_t
  private var status: Int32?
  private var usage = rusage()

  init(_ executable: String, _ arguments: [String], out: String, err: String) throws {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    guard spawned == 0 else {
      throw CocoaError(.executableLoad, userInfo: [NSFilePathErrorKey: executable, "errno": spawned])
    }
    self.pid = pid
  }

  /// True until the child has exited (reaping it when it has).
  var isRunning: Bool {
    guard status == nil else { return false }
    var raw: Int32 = 0
    let reaped = wait4(pid, &raw, WNOHANG, &usage)
    if reaped == pid { status = raw } else if reaped < 0 { status = -1 }
    return status == nil
  }

  /// The child's peak RSS so far (VmHWM in /proc/PID/status), in KiB; 0 once it has exited.
  var highWaterRSSKiB: Int {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
    for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
    return 0
  }

  func kill() { _ = Glibc.kill(pid, SIGKILL) }

  /// Waits for the exit; returns the raw wait status (-1 if it could not be reaped) and usage.
  func wait() -> (Int32, rusage) {
    if status == nil {
      var raw: Int32 = 0
      status = wait4(pid, &raw, 0, &usage) == pid ? raw : -1
    }
    return (status ?? -1, usage)
  }

  /// The exit status (128 + signal when killed by a signal).
  var exitStatus: Int32 {
    let (status, _) = wait()
    if status == -1 { return -1 }
    return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
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
