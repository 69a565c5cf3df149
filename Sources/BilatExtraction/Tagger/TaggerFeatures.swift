/// Feature keys of one sentence. Per-token values (word, shape, affixes, gazetteer bits) are
/// hashed once; each position's keys combine them with its neighbours' and the previous tags.
struct TaggerFeatures {
  /// Template numbers (part of the model format: changing them needs a new format version).
  enum Template: UInt64 {
    case bias = 1, word, wordPrev, wordNext, wordPrev2, wordNext2, shape, shapePrev, shapeNext
    case prefix2, prefix3, suffix2, suffix3, suffix4, firstInSentence, wordPrevShape, shapeShapeNext
    case shapePrevShape, length, tagPrev, tagPrev2, tagPrevShape, tagPrevWord, gazetteer, gazetteerPrev
    case gazetteerNext, gazetteerShape, allCapsLength
  }

  static let boundary = FeatureHash.string("<S>")
  static let boundaryEnd = FeatureHash.string("</S>")

  var word: [UInt64]
  var shape: [UInt64]
  var prefix2: [UInt64]
  var prefix3: [UInt64]
  var suffix2: [UInt64]
  var suffix3: [UInt64]
  var suffix4: [UInt64]
  var length: [UInt64]
  var gazetteer: [UInt32]

  init(_ tokens: [Token], gazetteer bits: [UInt32]) {
    let n = tokens.count
    func empty() -> [UInt64] {
      var a: [UInt64] = []
      a.reserveCapacity(n)
      return a
    }
    word = empty()
    shape = empty()
    prefix2 = empty()
    prefix3 = empty()
    suffix2 = empty()
    suffix3 = empty()
    suffix4 = empty()
    length = empty()
    gazetteer = bits
    for t in tokens {
      let lower = t.lower
      word.append(FeatureHash.string(lower))
      shape.append(TaggerFeatures.shapeHash(t.text))
      let scalars = lower.unicodeScalars
      let count = scalars.count
      prefix2.append(FeatureHash.string(String(String.UnicodeScalarView(scalars.prefix(2)))))
      prefix3.append(count >= 3 ? FeatureHash.string(String(String.UnicodeScalarView(scalars.prefix(3)))) : 0)
      suffix2.append(FeatureHash.string(String(String.UnicodeScalarView(scalars.suffix(2)))))
      suffix3.append(count >= 3 ? FeatureHash.string(String(String.UnicodeScalarView(scalars.suffix(3)))) : 0)
      suffix4.append(count >= 4 ? FeatureHash.string(String(String.UnicodeScalarView(scalars.suffix(4)))) : 0)
      length.append(UInt64(min(count, 12)) &+ (t.isAllCaps ? 100 : 0))
    }
  }

  /// Word shape: X for upper, x for lower, d for digits, other characters as they are; runs of
  /// the same class collapse after two ("Xxx-Xxx" for "Kassym-Jomart", "XX" for "UN").
  static func shapeHash(_ text: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var last: UInt32 = 0
    var run = 0
    for s in text.unicodeScalars {
      let c: UInt32
      if s.properties.isUppercase {
        c = 88  // X
      } else if s.properties.isLowercase {
        c = 120  // x
      } else if s.value >= 48 && s.value <= 57 {
        c = 100  // d
      } else {
        c = s.value
      }
      if c == last {
        run += 1
        if run >= 3 { continue }
      } else {
        run = 1
        last = c
      }
      h ^= UInt64(c)
      h &*= 0x0000_0100_0000_01b3
    }
    return h
  }

  @inline(__always) func at(_ a: [UInt64], _ i: Int) -> UInt64 {
    i < 0 ? TaggerFeatures.boundary : i >= a.count ? TaggerFeatures.boundaryEnd : a[i]
  }

  /// The keys of position `i` that do not depend on tags, appended to `out`. `dropGazetteer`
  /// hides the gazetteer bits (feature dropout in training, so names outside the lists are learnt).
  func staticKeys(_ i: Int, dropGazetteer: Bool = false, into out: inout [UInt64]) {
    typealias T = Template
    func k(_ t: T, _ v: UInt64) -> UInt64 { FeatureHash.key(t.rawValue, v) }
    func k(_ t: T, _ a: UInt64, _ b: UInt64) -> UInt64 { FeatureHash.key(t.rawValue, a, b) }
    out.append(k(.bias, 0))
    out.append(k(.word, word[i]))
    out.append(k(.wordPrev, at(word, i - 1)))
    out.append(k(.wordNext, at(word, i + 1)))
    out.append(k(.wordPrev2, at(word, i - 2)))
    out.append(k(.wordNext2, at(word, i + 2)))
    out.append(k(.shape, shape[i]))
    out.append(k(.shapePrev, at(shape, i - 1)))
    out.append(k(.shapeNext, at(shape, i + 1)))
    out.append(k(.prefix2, prefix2[i]))
    if prefix3[i] != 0 { out.append(k(.prefix3, prefix3[i])) }
    out.append(k(.suffix2, suffix2[i]))
    if suffix3[i] != 0 { out.append(k(.suffix3, suffix3[i])) }
    if suffix4[i] != 0 { out.append(k(.suffix4, suffix4[i])) }
    out.append(k(.firstInSentence, i == 0 ? 1 : 0, shape[i]))
    out.append(k(.wordPrevShape, at(word, i - 1), shape[i]))
    out.append(k(.shapeShapeNext, shape[i], at(shape, i + 1)))
    out.append(k(.shapePrevShape, at(shape, i - 1), shape[i]))
    out.append(k(.allCapsLength, length[i]))
    guard !dropGazetteer else { return }
    let g = gazetteer[i]
    let gp = i > 0 ? gazetteer[i - 1] : 0
    let gn = i + 1 < gazetteer.count ? gazetteer[i + 1] : 0
    for b in 0..<TaggerGazetteer.Bit.count {
      let bit = UInt32(1) << UInt32(b)
      if g & bit != 0 {
        out.append(k(.gazetteer, UInt64(b)))
        out.append(k(.gazetteerShape, UInt64(b), shape[i]))
      }
      if gp & bit != 0 { out.append(k(.gazetteerPrev, UInt64(b))) }
      if gn & bit != 0 { out.append(k(.gazetteerNext, UInt64(b))) }
    }
  }

  /// The keys of position `i` that depend on the previous two tags.
  func tagKeys(_ i: Int, _ previous: EntityTag, _ previous2: EntityTag, into out: inout [UInt64]) {
    let p = UInt64(previous.rawValue) &+ 1
    let p2 = UInt64(previous2.rawValue) &+ 1
    out.append(FeatureHash.key(Template.tagPrev.rawValue, p))
    out.append(FeatureHash.key(Template.tagPrev2.rawValue, p, p2))
    out.append(FeatureHash.key(Template.tagPrevShape.rawValue, p, shape[i]))
    out.append(FeatureHash.key(Template.tagPrevWord.rawValue, p, word[i]))
  }
}
