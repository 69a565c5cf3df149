import Foundation

/// Wall-clock timing and order statistics.
enum Measure {
  /// Seconds taken by `body`, and its result.
  static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = ContinuousClock.now
    let result = try body()
    return (result, seconds(ContinuousClock.now - start))
  }

  static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
  }

  /// The `q`-quantile (0...1) of `values`, nearest-rank.
  static func quantile(_ values: [Double], _ q: Double) -> Double {
    precondition(!values.isEmpty, "no samples")
    let sorted = values.sorted()
    let rank = Int((q * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(max(rank, 0), sorted.count - 1)]
  }

  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let mid = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  }

  /// Runs `body` at least `minRuns` times and until `budget` seconds are spent or `maxRuns`
  /// runs are done; returns the per-run seconds (after one untimed warm-up run). A body whose
  /// warm-up alone takes longer than `budget` runs 3 times only.
  static func repeatedly(minRuns: Int, maxRuns: Int, budget: Double, _ body: () throws -> Void) rethrows -> [Double] {
    let ((), warmup) = try time(body)
    let minRuns = warmup > budget ? min(minRuns, 3) : minRuns
    var samples: [Double] = []
    let start = ContinuousClock.now
    while samples.count < maxRuns && (samples.count < minRuns || seconds(ContinuousClock.now - start) < budget) {
      let ((), s) = try time(body)
      samples.append(s)
    }
    return samples
  }
}

/// Wall time of a load's phases and of the whole, from its creation.
struct PhaseClock {
  private(set) var phases: [(String, Double)] = []
  private let start = ContinuousClock.now
  private var lap = ContinuousClock.now

  /// Ends the phase `name` now.
  mutating func mark(_ name: String) {
    let now = ContinuousClock.now
    phases.append((name, Measure.seconds(now - lap)))
    lap = now
  }

  var total: Double { Measure.seconds(ContinuousClock.now - start) }
}

/// Repeated runs of one loader: wall seconds, process CPU seconds, the fastest run's phases.
struct LoadRuns {
  var seconds: [Double] = []
  var cpu: [Double] = []
  var phases: [(String, Double)] = []

  /// Runs `load` (which returns its wall seconds and phases) and records it.
  mutating func record(_ load: () throws -> (seconds: Double, phases: [(String, Double)])) rethrows {
    let start = cpuSeconds()
    let result = try load()
    cpu.append(cpuSeconds() - start)
    seconds.append(result.seconds)
    if phases.isEmpty || result.seconds <= seconds.min() ?? 0 { phases = result.phases }
  }
}

/// A child process run with its resource usage (peak memory), via `posix_spawn` and `wait4`.
struct ChildRun {
  var status: Int32
  var seconds: Double
  /// User plus system CPU time of the child.
  var cpuSeconds: Double
  /// Peak resident set size in bytes (of the child alone only through ``measured(_:_:stdoutPath:)``).
  var peakBytes: Int
  var stdout: String
  var stderr: String

  /// Runs `executable` with `arguments` under GNU time, for its peak memory: a child spawned
  /// straight from this (large) process inherits our high-water mark in `ru_maxrss` (Linux
  /// records the old address space's peak at exec, and posix_spawn execs from a vfork of ours),
  /// whereas `time` is small when it forks the measured program.
  static func measured(_ executable: String, _ arguments: [String], stdoutPath: String? = nil) throws -> ChildRun {
    let timer = "/usr/bin/time"
    guard FileManager.default.isExecutableFile(atPath: timer) else {
      throw BenchError("peak memory needs GNU time at \(timer) (apt-get install time)")
    }
    let report = FileManager.default.temporaryDirectory.appendingPathComponent("bilat-bench-time-\(UUID().uuidString)")
      .path
    defer { try? FileManager.default.removeItem(atPath: report) }
    var run = try ChildRun.run(timer, ["-f", "%M %U %S", "-o", report, executable] + arguments, stdoutPath: stdoutPath)
    let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
    let fields = text.split(whereSeparator: \.isWhitespace).suffix(3).compactMap { Double($0) }
    guard fields.count == 3 else { throw BenchError("no report from \(timer): \(text) \(run.stderr.prefix(200))") }
    run.peakBytes = Int(fields[0]) * 1024
    run.cpuSeconds = fields[1] + fields[2]
    return run
  }

  /// Runs `executable` with `arguments`, capturing its output in temporary files.
  static func run(_ executable: String, _ arguments: [String], stdoutPath: String? = nil) throws -> ChildRun {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bilat-bench-child-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let outPath = stdoutPath ?? dir.appendingPathComponent("out").path
    let errPath = dir.appendingPathComponent("err").path
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let start = ContinuousClock.now
    let code = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    guard code == 0 else { throw BenchError("cannot start \(executable): \(String(cString: strerror(code)))") }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
      guard errno == EINTR else { throw BenchError("wait4 failed: \(String(cString: strerror(errno)))") }
    }
    let elapsed = Measure.seconds(ContinuousClock.now - start)
    let exitStatus: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    let out = stdoutPath == nil ? ((try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "") : ""
    let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
    let cpu =
      Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) * 1e-6 + Double(usage.ru_stime.tv_sec)
      + Double(usage.ru_stime.tv_usec) * 1e-6
    return ChildRun(
      status: exitStatus, seconds: elapsed, cpuSeconds: cpu, peakBytes: Int(usage.ru_maxrss) * 1024, stdout: out,
      stderr: err)
  }
}

/// A benchmark that cannot run, with the reason.
struct BenchError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
