import Foundation

/// A buffered text destination for exports: a file handle (stdout, a file, a pipe) or memory.
///
/// Exporters write piece by piece as they read rows, so a large graph never exists as one
/// document in memory; only the buffer (64 KiB) does. The buffer and its fill level live behind
/// `let` pointers, so the hot byte-appending paths pay no exclusivity checks.
public final class TextOutput {
  private enum Destination {
    case handle(FileHandle)
    case memory
  }

  private static let capacity = 1 << 16
  private let destination: Destination
  private let storage: UnsafeMutablePointer<UInt8>
  /// [0]: bytes in the buffer; [1]: bytes written in total.
  private let counters: UnsafeMutablePointer<Int>
  private var collected: [UInt8] = []

  /// Writes to `handle`; call ``flush()`` at the end.
  public init(handle: FileHandle) {
    destination = .handle(handle)
    storage = .allocate(capacity: Self.capacity)
    counters = .allocate(capacity: 2)
    counters.initialize(repeating: 0, count: 2)
  }

  /// Collects the text in memory; read it with ``text``.
  public init() {
    destination = .memory
    storage = .allocate(capacity: Self.capacity)
    counters = .allocate(capacity: 2)
    counters.initialize(repeating: 0, count: 2)
  }

  deinit {
    storage.deallocate()
    counters.deallocate()
  }

  /// Bytes written so far (flushed or not).
  public var byteCount: Int { counters[1] }

  /// Appends text.
  @inline(__always)
  public func write(_ text: String) throws {
    var text = text
    try text.withUTF8 { try write(bytes: $0) }
  }

  /// Appends UTF-8 bytes.
  @inline(__always)
  public func write(bytes: UnsafeBufferPointer<UInt8>) throws {
    guard let base = bytes.baseAddress, bytes.count > 0 else { return }
    if counters[0] + bytes.count > Self.capacity {
      try flush()
      if bytes.count > Self.capacity {
        try send(UnsafeBufferPointer(start: base, count: bytes.count))
        counters[1] += bytes.count
        return
      }
    }
    (storage + counters[0]).update(from: base, count: bytes.count)
    counters[0] += bytes.count
    counters[1] += bytes.count
  }

  /// Appends an ASCII literal.
  @inline(__always)
  public func write(literal: StaticString) throws {
    try write(bytes: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
  }

  /// Appends one byte.
  @inline(__always)
  func write(byte: UInt8) throws {
    if counters[0] == Self.capacity { try flush() }
    storage[counters[0]] = byte
    counters[0] += 1
    counters[1] += 1
  }

  /// Appends a decimal integer.
  public func write(decimal value: Int64) throws {
    if counters[0] + 20 > Self.capacity { try flush() }
    var magnitude = value.magnitude
    var digits = 0
    var probe = magnitude
    repeat {
      digits += 1
      probe /= 10
    } while probe > 0
    var position = counters[0]
    if value < 0 {
      storage[position] = UInt8(ascii: "-")
      position += 1
    }
    var index = position + digits - 1
    repeat {
      storage[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
      magnitude /= 10
      index -= 1
    } while magnitude > 0
    let written = position + digits - counters[0]
    counters[0] += written
    counters[1] += written
  }

  /// Sends buffered bytes on to the destination.
  public func flush() throws {
    guard counters[0] > 0 else { return }
    try send(UnsafeBufferPointer(start: storage, count: counters[0]))
    counters[0] = 0
  }

  private func send(_ bytes: UnsafeBufferPointer<UInt8>) throws {
    switch destination {
    case .handle(let handle):
      try handle.write(contentsOf: UnsafeRawBufferPointer(bytes))
    case .memory:
      collected.append(contentsOf: bytes)
    }
  }

  /// Everything written so far, for in-memory outputs.
  public var text: String {
    String(decoding: collected + UnsafeBufferPointer(start: storage, count: counters[0]), as: UTF8.self)
  }
}
