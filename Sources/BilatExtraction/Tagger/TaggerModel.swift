import Foundation

/// Averaged-perceptron weights: for each feature key, one weight per ``EntityTag``.
///
/// File format (little endian): magic `BILATTAG`, format version (UInt32), tag count (UInt32),
/// feature count (UInt32), the keys (UInt64 each, ascending), the weights (Float32, tag-major
/// per key), then an FNV-1a 64 checksum of everything before it.
public struct TaggerModel: Sendable {
  public static let formatVersion: UInt32 = 1
  static let magic: [UInt8] = Array("BILATTAG".utf8)

  /// Sorted feature keys and their weights (`weights[k * tagCount + tag]`).
  private(set) var keys: [UInt64]
  private(set) var weights: [Float]
  /// Open-addressing index over `keys` (power-of-two size; `slots[h] = index + 1`, 0 if empty).
  private var slots: [Int32]
  private var mask: Int

  /// Number of features kept.
  public var featureCount: Int { keys.count }

  init(keys: [UInt64], weights: [Float]) {
    self.keys = keys
    self.weights = weights
    var size = 16
    while size < keys.count * 2 { size <<= 1 }
    mask = size - 1
    slots = [Int32](repeating: 0, count: size)
    for (i, k) in keys.enumerated() {
      var h = Int(truncatingIfNeeded: k) & mask
      while slots[h] != 0 { h = (h + 1) & mask }
      slots[h] = Int32(i + 1)
    }
  }

  /// Index of `key`'s weights, or -1.
  @inline(__always) func index(_ key: UInt64) -> Int {
    var h = Int(truncatingIfNeeded: key) & mask
    while true {
      let s = Int(slots[h])
      if s == 0 { return -1 }
      if keys[s - 1] == key { return (s - 1) * EntityTag.count }
      h = (h + 1) & mask
    }
  }

  /// Adds the weights of `features` to `scores` (one per tag).
  @inline(__always) func score(_ features: [UInt64], into scores: inout [Float]) {
    for f in features {
      let w = index(f)
      if w < 0 { continue }
      for t in 0..<EntityTag.count { scores[t] += weights[w + t] }
    }
  }

  /// The model as bytes in the file format.
  public func serialized() -> Data {
    var d = Data()
    d.reserveCapacity(20 + keys.count * (8 + 4 * EntityTag.count) + 8)
    d.append(contentsOf: TaggerModel.magic)
    func put<T: FixedWidthInteger>(_ v: T) { withUnsafeBytes(of: v.littleEndian) { d.append(contentsOf: $0) } }
    put(TaggerModel.formatVersion)
    put(UInt32(EntityTag.count))
    put(UInt32(keys.count))
    for k in keys { put(k) }
    for w in weights { put(w.bitPattern) }
    put(TaggerModel.checksum(d))
    return d
  }

  static func checksum(_ d: Data) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in d {
      h ^= UInt64(b)
      h &*= 0x0000_0100_0000_01b3
    }
    return h
  }

  /// Reads a model from bytes; `path` names the source in errors.
  public static func load(data d: Data, path: String) throws(TaggerModelError) -> TaggerModel {
    let bytes = [UInt8](d)
    let header = 8 + 4 + 4 + 4
    guard bytes.count >= header else { throw .truncated(path: path, expected: header + 8, actual: bytes.count) }
    guard Array(bytes[0..<8]) == magic else { throw .corrupt(path: path, reason: "no BILATTAG header") }
    func u32(_ at: Int) -> UInt32 { (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[at + $1]) << (8 * UInt32($1)) } }
    func u64(_ at: Int) -> UInt64 { (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[at + $1]) << (8 * UInt64($1)) } }
    let version = u32(8)
    guard version == formatVersion else { throw .unsupportedVersion(path: path, version: version) }
    guard Int(u32(12)) == EntityTag.count else {
      throw .corrupt(path: path, reason: "\(u32(12)) tags, expected \(EntityTag.count)")
    }
    let n = Int(u32(16))
    let expected = header + n * 8 + n * EntityTag.count * 4 + 8
    guard bytes.count == expected else {
      if bytes.count < expected { throw .truncated(path: path, expected: expected, actual: bytes.count) }
      throw .corrupt(path: path, reason: "\(bytes.count - expected) unexpected trailing bytes")
    }
    guard checksum(d.prefix(expected - 8)) == u64(expected - 8) else {
      throw .corrupt(path: path, reason: "checksum mismatch")
    }
    var keys = [UInt64]()
    keys.reserveCapacity(n)
    for i in 0..<n { keys.append(u64(header + i * 8)) }
    let base = header + n * 8
    var weights = [Float]()
    weights.reserveCapacity(n * EntityTag.count)
    for i in 0..<(n * EntityTag.count) { weights.append(Float(bitPattern: u32(base + i * 4))) }
    return TaggerModel(keys: keys, weights: weights)
  }

  /// Reads a model file.
  public static func load(path: String) throws(TaggerModelError) -> TaggerModel {
    let d: Data
    do {
      d = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw .missing(path: path, reason: error.localizedDescription)
    }
    return try load(data: d, path: path)
  }
}
