import Testing

@testable import BilatIngest

/// Article content hashes are stored; these digests were also those of the hand-written SHA-256
/// that swift-crypto replaced, so existing databases keep matching their articles.
@Suite struct ContentHashTests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
    ("Smaiylov met Ding in Астана — 2023", "35c2023eefef175a54b8f5b917fcf003bacc4554cf219540572a4d9d281c7478"),
  ])
  func knownDigests(text: String, digest: String) {
    #expect(ContentHash.of(text) == digest)
    #expect(ContentHash.hex(Array(text.utf8)) == digest)
  }
}
