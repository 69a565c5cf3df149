import Foundation

/// A buffered text destination for exports: a file handle (stdout, a file, a pipe) or memory.
///
/// Exporters write piece by piece as they read rows, so a large graph never exists as one
/// document in memory; only the buffer (64 KiB) does.
public final class TextOutput {
  private enum Destination {
    case handle(FileHandle)
    case memory
  }

  private let destination: Destination
  private var buffer: [UInt8] = []
  private var collected: [UInt8] = []
  private let capacity = 1 << 16
  /// Bytes written so far (flushed or not).
  public private(set) var byteCount = 0

  /// Writes to `handle`; call ``flush()`` at the end.
  public init(handle: FileHandle) {
    destination = .handle(handle)
    buffer.reserveCapacity(capacity)
  }

  /// Collects the text in memory; read it with ``text``.
  public init() {
    destination = .memory
  }

  /// Appends text.
  @inline(__always)
  public func write(_ text: String) throws {
    var text = text
    text.withUTF8 { bytes in buffer.append(contentsOf: bytes) }
    byteCount += text.utf8.count
    if buffer.count >= capacity { try flush() }
  }

  /// Appends UTF-8 bytes.
  @inline(__always)
  public func write(bytes: UnsafeBufferPointer<UInt8>) throws {
    buffer.append(contentsOf: bytes)
    byteCount += bytes.count
    if buffer.count >= capacity { try flush() }
  }

  /// Appends an ASCII literal.
  @inline(__always)
  public func write(literal: StaticString) throws {
    literal.withUTF8Buffer { bytes in
      buffer.append(contentsOf: bytes)
      byteCount += bytes.count
    }
    if buffer.count >= capacity { try flush() }
  }

  /// Appends a decimal integer.
  public func write(decimal value: Int64) throws {
    if value >= 0 && value < 10 {
      buffer.append(UInt8(ascii: "0") + UInt8(value))
      byteCount += 1
      return
    }
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
      (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var magnitude = value.magnitude
    var count = 0
    try withUnsafeMutableBytes(of: &digits) { raw in
      repeat {
        raw[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
        count += 1
      } while magnitude > 0
      if value < 0 {
        raw[19 - count] = UInt8(ascii: "-")
        count += 1
      }
      let bytes = UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[(20 - count)...])
      try write(bytes: bytes)
    }
  }

  /// Sends buffered bytes on to the destination.
  public func flush() throws {
    guard !buffer.isEmpty else { return }
    switch destination {
    case .handle(let handle):
      try handle.write(contentsOf: buffer)
    case .memory:
      collected.append(contentsOf: buffer)
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Everything written so far, for in-memory outputs.
  public var text: String {
    String(decoding: collected + buffer, as: UTF8.self)
  }
}
