import BilatExtraction
import Testing

/// Documents signed in words news uses beside "signed an agreement": a gerund with its object
/// ("by signing a fisheries deal"), and a package whose fields a later paragraph lists ("The
/// memoranda cover cooperation in areas such as ..."). The sentences are the project's own.
@Suite("Signed documents told by a gerund or by their fields")
struct SignedPackageTests {
  static let meeting =
    " date 2024-05-06 Peruvian President Ana Quispe met Ghanaian President Kofi Mensah in Accra on Monday. "

  func signers(_ x: Extraction, _ document: String) -> Set<String> {
    Set(x.relationNames("SIGNED").filter { $0.1 == document }.map(\.0))
  }

  @Test("a gerund's document is signed by both countries")
  func gerund() throws {
    let x = try Fixture.article(
      SignedPackageTests.meeting
        + "Quispe reaffirmed Peru's ties with Ghana by signing a fisheries deal with its President.")
    #expect(signers(x, "fisheries deal") == ["Peru", "Ghana"], "\(x.relationNames("SIGNED"))")
  }

  @Test("the fields a later paragraph gives the signed memoranda are one memorandum each")
  func fieldsLater() throws {
    let x = try Fixture.article(
      SignedPackageTests.meeting + "Peru and Ghana signed five memoranda of understanding during the visit. "
        + "Quispe thanked Mensah for his hospitality. "
        + "The memoranda cover cooperation in areas such as fisheries, mining and higher education.")
    for field in ["fisheries", "mining", "higher education"] {
      #expect(signers(x, "memorandum on " + field) == ["Peru", "Ghana"], "\(x.relationNames("SIGNED"))")
    }
  }

  @Test("documents signed with their fields in one sentence stay one package")
  func fieldsInSigning() throws {
    let x = try Fixture.article(
      SignedPackageTests.meeting
        + "Both presidents then saw the signing of cooperation documents covering areas such as fisheries and mining.")
    #expect(!x.entityNames("Agreement").contains("document on mining"), "\(x.entityNames("Agreement"))")
  }

  @Test("a package signed without its signers, then listed, is signed by the article's two sides")
  func listedAfterUnsignedPackage() throws {
    let x = try Fixture.article(
      SignedPackageTests.meeting + "A set of documents was signed following the talks. "
        + "These documents include an agreement on fisheries; and an agreement on academic exchanges between the "
        + "Accra Technical University and the Lima Institute of Mining.")
    #expect(signers(x, "agreement on fisheries") == ["Peru", "Ghana"], "\(x.relationNames("SIGNED"))")
    let academic = x.entities("Agreement").first { $0.name.hasPrefix("agreement on academic exchanges") }
    #expect(academic?.aliases.contains("agreement on academic exchanges") == true, "\(String(describing: academic))")
    #expect(x.relationNames("SIGNED").filter { $0.1 == academic?.name }.count == 2)
  }

  @Test(
    "a package signed to strengthen cooperation in sectors is in those sectors, named without its quantifier",
    arguments: [
      ("a series of memoranda of understanding", "memoranda of understanding"),
      ("six agreements", "six agreements"),
    ])
  func purposeSectors(_ package: String, _ name: String) throws {
    let x = try Fixture.article(
      SignedPackageTests.meeting + "Peru and Ghana then signed \(package) to boost their cooperation in "
        + "fields such as fisheries, mining and tourism.")
    #expect(signers(x, name) == ["Peru", "Ghana"], "\(x.relationNames("SIGNED"))")
    let sectors = Set(x.relationNames("IN_SECTOR").filter { $0.0 == name }.map(\.1))
    #expect(sectors == ["agriculture", "mining", "tourism"], "\(x.relationNames("IN_SECTOR"))")
  }
}
