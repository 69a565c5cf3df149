/// 64-bit feature keys: FNV-1a over a string, then mixed with a template number so that the
/// same word under two templates gives two features. Never 0 (0 marks an empty slot).
enum FeatureHash {
  @inline(__always) static func string(_ s: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in s.utf8 {
      h ^= UInt64(b)
      h &*= 0x0000_0100_0000_01b3
    }
    return h
  }

  /// A feature key for `template` applied to value hash `v` (SplitMix64 finalizer).
  @inline(__always) static func key(_ template: UInt64, _ v: UInt64) -> UInt64 {
    var z = v &+ template &* 0x9e37_79b9_7f4a_7c15
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    z ^= z >> 31
    return z == 0 ? 1 : z
  }

  /// A feature key over two value hashes.
  @inline(__always) static func key(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
    key(template, a ^ (b &* 0xff51_afd7_ed55_8ccd))
  }
}

/// A deterministic pseudo-random generator (SplitMix64) for shuffling and feature dropout.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    var z = state
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }
}
