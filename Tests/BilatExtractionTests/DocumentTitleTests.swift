import BilatExtraction
import Testing

/// Documents told in lower case with an article, where their titles end, and project phrases
/// that only praise. The sentences are the project's own.
@Suite("Document titles and project kinds")
struct DocumentTitleTests {
  @Test(
    "a document with an article and a subject is a document whatever the verb; its title ends before a second document, a verb or a time",
    arguments: [
      (
        "Ghana and Togo plan to renew the bilateral agreement on cross-border trade next year.",
        "agreement on cross-border trade"
      ),
      ("Chile and Peru will conclude an agreement on fishing quotas in the spring.", "agreement on fishing quotas"),
      (
        "Both ministers praised the treaty between Georgia and Armenia during the visit.",
        "treaty between Georgia and Armenia"
      ),
      // the title ends before a second document, a verb without -ed or a date
      (
        "Mali and Niger intend to extend the agreement on border posts and sign a protocol on grain transit.",
        "agreement on border posts"
      ),
      ("The treaty between Norway and Iceland took effect in 2021.", "treaty between Norway and Iceland"),
      ("Qatar and Oman signed an agreement on ferry links on Tuesday.", "agreement on ferry links"),
      // a memorandum's purpose after "to" is part of its title
      (
        "Peru signed a Memorandum of Understanding to promote investments by Chile in copper smelting.",
        "Memorandum of Understanding to promote investments"
      ),
    ])
  func documentWithArticle(_ text: String, _ document: String) throws {
    let x = try Fixture.article(text, source: "2023-05-09-document.txt")
    #expect(x.entityNames("Agreement").contains(document), "agreements: \(x.entityNames("Agreement"))")
  }

  @Test(
    "an understanding reached, or a statement on a website, is no document",
    arguments: [
      "Laos and Cambodia reached an agreement on river patrols after long talks.",
      "Oman published a statement on its website about the visit.",
    ])
  func noDocument(_ text: String) throws {
    let x = try Fixture.article(text, source: "2023-05-09-document.txt")
    #expect(x.entityNames("Agreement").isEmpty, "agreements: \(x.entityNames("Agreement"))")
  }

  @Test(
    "a project told only by praise or by its owner's demonym is no project",
    arguments: [
      "The minister called the bridge a truly world class infrastructure project.",
      "Officials said the line is a strategic infrastructure project for the region.",
      "Residents welcomed the Turkish project in the valley.",
    ])
  func praiseOnly(_ text: String) throws {
    let x = try Fixture.article(text, source: "2023-05-09-project.txt")
    #expect(x.entityNames("Project").isEmpty, "projects: \(x.entityNames("Project"))")
  }

  @Test(
    "a project told by what it crosses and its kind is a project; a scale word is no kind",
    arguments: [
      ("Laos and Thailand reviewed the cross-border railway project.", "cross-border railway project", true),
      ("The ministers praised long-term investment projects.", "long-term investment projects", false),
    ])
  func crossingKind(_ text: String, _ project: String, _ found: Bool) throws {
    let x = try Fixture.article(text, source: "2023-05-09-project.txt")
    #expect(x.entityNames("Project").contains(project) == found, "projects: \(x.entityNames("Project"))")
  }

  @Test("a project told by two kind words stays a project")
  func kindWords() throws {
    let x = try Fixture.article(
      "Mongolia and Japan reviewed new copper mining projects in the Gobi.", source: "2023-05-09-project.txt")
    #expect(x.entityNames("Project").contains("copper mining projects"), "projects: \(x.entityNames("Project"))")
  }

  @Test(
    "documents of a signed package told one by one are documents; their count names none",
    arguments: [
      (
        "Ministers of Oman and Kazakhstan met in Muscat. Seven documents were signed, including the opening of a "
          + "joint veterinary laboratory, the supply of fertilizer to Kazakh farms, and on cooperation in tourism.",
        [
          "document on the opening of a joint veterinary laboratory",
          "document on the supply of fertilizer to Kazakh farms",
          "document on cooperation in tourism",
        ]
      ),
      (
        "Ministers of Oman and Kazakhstan met in Muscat. The sides signed four agreements: the exchange of students, "
          + "the protection of investments and the avoidance of double taxation.",
        [
          "agreement on the exchange of students",
          "agreement on the protection of investments and the avoidance of double taxation",
        ]
      ),
    ])
  func listedDocuments(_ text: String, _ documents: [String]) throws {
    let x = try Fixture.article(text, source: "2021-05-04-documents.txt")
    #expect(x.entityNames("Agreement") == Set(documents))
    for d in documents {
      #expect(Set(x.relationNames("SIGNED").filter { $0.1 == d }.map(\.0)) == ["Oman", "Kazakhstan"])
    }
  }

  @Test("a counted package without a list keeps its count as its name")
  func countedPackage() throws {
    let x = try Fixture.article(
      "Ministers of Oman and Kazakhstan met in Muscat. Seven documents were signed after the talks.",
      source: "2021-05-04-documents.txt")
    #expect(x.entityNames("Agreement") == ["Seven documents"])
  }
}
