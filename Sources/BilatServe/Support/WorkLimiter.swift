import Dispatch
import Foundation

/// Runs blocking work (SQLite, Graphviz) off the server's threads, a bounded number at once.
///
/// Requests beyond ``ServeSettings/concurrentWork`` wait in line; beyond
/// ``ServeSettings/queuedWork`` waiting they are refused with 503, so a flood of slow queries
/// cannot pile up without end.
actor WorkLimiter {
  private let slots: Int
  private let maxWaiting: Int
  private var running = 0
  private var waiting: [CheckedContinuation<Void, Never>] = []
  private let queue = DispatchQueue(label: "bilat-serve-work", attributes: .concurrent)

  init(slots: Int, maxWaiting: Int) {
    self.slots = max(1, slots)
    self.maxWaiting = max(0, maxWaiting)
  }

  /// Runs `body` on a worker thread once a slot is free.
  nonisolated func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await acquire()
    defer { Task { await self.release() } }
    return try await withCheckedThrowingContinuation { continuation in
      queue.async { continuation.resume(with: Result { try body() }) }
    }
  }

  private func acquire() async throws {
    if running < slots {
      running += 1
      return
    }
    guard waiting.count < maxWaiting else {
      throw ServeError(status: .serviceUnavailable, message: "the server is busy (\(running) requests at work); try again")
    }
    // The releasing request hands its slot over: `running` stays the same.
    await withCheckedContinuation { waiting.append($0) }
  }

  private func release() {
    if waiting.isEmpty {
      running -= 1
    } else {
      waiting.removeFirst().resume()
    }
  }
}
