@testable import BilatExtraction
import Testing

/// Documents real pages tell without naming them one by one (session 17): a package told by its
/// value ("deals worth $2 billion"), a joint text told as made without a signing verb ("in a
/// joint statement, the leaders ..."), and signings told by a noun after "with" ("ended with
/// signing 9 documents", "with the adoption of a joint declaration"). The sentences are the
/// project's own.
@Suite("Signed documents: valued packages, joint texts made, signing nouns")
struct SignedPackageValueTests {
  /// The sentence after a meeting of the two parties' presidents.
  static func extract(_ text: String) throws -> Extraction {
    let meeting = "President Okonkwo of Ghana met President Diallo of Senegal in Dakar on Monday."
    return try Fixture.article(meeting + " " + text, source: "2024-09-16-signed-package-values.txt")
  }

  @Test(
    "a document plural followed by its worth names a package, signed by the parties",
    arguments: [
      ("Ghana and Senegal signed deals worth $4.5 billion.", "deals worth $4.5 billion"),
      (
        "Documents worth a total of three billion euros were signed, the ministry said.",
        "Documents worth a total of three billion euros"
      ),
      (
        "The two countries signed farming and mining agreements worth over 2 billion dollars.",
        "farming and mining agreements worth over 2 billion dollars"
      ),
      // a count names the package already
      ("Ghana and Senegal signed 12 contracts worth $800 million.", "12 contracts"),
      // session 25: one document by its worth, also before its purpose
      ("Ghana and Senegal signed a deal worth $250 million.", "deal worth $250 million"),
      (
        "The two sides signed a contract worth 40 million euros to dredge the port of Dakar.",
        "contract worth 40 million euros"
      ),
    ])
  func valued(_ text: String, _ package: String) throws {
    let x = try Self.extract(text)
    #expect(x.entityNames("Agreement") == [package], "\(x.entityNames("Agreement"))")
    #expect(SignedDocumentShapeTests.signers(x, package) == ["Ghana", "Senegal"], "\(x.relationNames("SIGNED"))")
  }

  @Test(
    "a plural with a worth but no signing, or with no sum, names no package",
    arguments: [
      "Analysts said deals worth $4.5 billion were under discussion.",
      "Ghana and Senegal signed deals worth the effort.",
      "Deals worth $1 billion collapsed last year, traders said.",
      "Ghana and Senegal signed the deal worth $250 million that their ministers had drafted.",
    ])
  func notValued(_ text: String) throws {
    let x = try Self.extract(text)
    let found = (x.entityNames("Agreement"), x.relationNames("SIGNED").map(\.1))
    #expect(found.0.isEmpty && found.1.isEmpty, "\(found)")
  }

  @Test("the kind words of a valued package stop at another item of the list")
  func valuedAfterList() throws {
    let x = try Self.extract(
      "They signed nine memoranda of understanding as well as deals worth $300 million.")
    #expect(x.entityNames("Agreement").contains("deals worth $300 million"), "\(x.entityNames("Agreement"))")
  }

  @Test(
    "a joint text told as made is signed by the two parties without a signing verb",
    arguments: [
      ("In a joint statement, the two leaders affirmed their support for the rail link.", "joint statement"),
      ("According to a joint communique, the sides will open a consulate in Kumasi.", "joint communique"),
      (
        "The two presidents made a joint declaration on regional security.",
        "joint declaration on regional security"
      ),
    ])
  func jointTextMade(_ text: String, _ document: String) throws {
    let x = try Self.extract(text)
    #expect(x.entityNames("Agreement") == [document], "\(x.entityNames("Agreement"))")
    #expect(SignedDocumentShapeTests.signers(x, document) == ["Ghana", "Senegal"], "\(x.relationNames("SIGNED"))")
    #expect(x.relationNames("AGREED").count == 1, "\(x.relationNames("AGREED"))")
  }

  @Test(
    "a joint text planned, dated to an earlier year or referred back to is not signed here",
    arguments: [
      ("The two leaders agreed to issue a joint statement on the border next month.", []),
      ("They vowed to renew the 2009 joint declaration on fisheries.", []),
      ("The presidents will adopt a joint communique in Accra.", []),
      (
        "They signed a Joint Declaration on Fisheries. In the joint declaration, the sides pledge to share data.",
        ["Joint Declaration on Fisheries"]
      ),
    ])
  func jointTextNotMade(_ text: String, _ signed: [String]) throws {
    let documents = Set(try Self.extract(text).relationNames("SIGNED").map(\.1))
    #expect(documents == Set(signed), "\(documents)")
  }

  @Test("a communique signed with a participle after it keeps a short name")
  func communiqueParticiple() throws {
    let x = try Self.extract("The two leaders signed a communique agreeing to build a power line.")
    #expect(x.entityNames("Agreement") == ["communique"], "\(x.entityNames("Agreement"))")
    #expect(SignedDocumentShapeTests.signers(x, "communique") == ["Ghana", "Senegal"], "\(x.relationNames("SIGNED"))")
  }

  @Test(
    "a signing told by a noun after 'with' signs its documents",
    arguments: [
      ("The talks ended with signing 9 documents.", "9 documents"),
      (
        "The visit ended with the adoption of a joint declaration on fisheries.",
        "joint declaration on fisheries"
      ),
    ])
  func signingNoun(_ text: String, _ document: String) throws {
    let x = try Self.extract(text)
    #expect(SignedDocumentShapeTests.signers(x, document) == ["Ghana", "Senegal"], "\(x.relationNames("SIGNED"))")
  }

  @Test("the adoption of something that is no document signs nothing")
  func adoptionOfRules() throws {
    let x = try Self.extract("The talks ended with the adoption of new customs rules.")
    #expect(x.relationNames("SIGNED").isEmpty, "\(x.relationNames("SIGNED"))")
    #expect(x.relationNames("AGREED").isEmpty, "\(x.relationNames("AGREED"))")
  }
}
