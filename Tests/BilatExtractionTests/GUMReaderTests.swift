import Testing

@testable import BilatExtraction

@Suite("GUM CoNLL-U entity reader")
struct GUMReaderTests {
  /// A sentence of our own in GUM's format: a titled person with a Wikipedia-style identity, a
  /// nested place, an organization with a proper-noun head and a common-noun mention.
  static let conllu = [
    "# sent_id = own-1",
    "1\tPresident\tpresident\tPROPN\tNNP\t_\t3\tcompound\t_\tEntity=(1-person-new-x-cf1-3-coref-Ilsa_Varn",
    "2\tIlsa\tIlsa\tPROPN\tNNP\t_\t3\tcompound\t_\t_",
    "3\tVarn\tVarn\tPROPN\tNNP\t_\t4\tnsubj\t_\tEntity=1)",
    "4\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_",
    "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\tEntity=(2-organization-new-x-cf2-1-coref",
    "6\tKorel\tKorel\tPROPN\tNNP\t_\t4\tobj\t_\t_",
    "7\tInstitute\tInstitute\tPROPN\tNNP\t_\t6\tflat\t_\t_",
    "8\tin\tin\tADP\tIN\t_\t9\tcase\t_\t_",
    "9\tDolmar\tDolmar\tPROPN\tNNP\t_\t6\tnmod\t_\tEntity=(3-place-new-x-cf3-1-coref-Dolmar)2)",
    "10\twith\twith\tADP\tIN\t_\t12\tcase\t_\t_",
    "11\ther\ther\tPRON\tPRP$\t_\t12\tnmod:poss\t_\tEntity=(4-person-new-x-cf4-2-coref",
    "12\tstaff\tstaff\tNOUN\tNN\t_\t4\tobl\t_\tEntity=4)|SpaceAfter=No",
    "13\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_",
    "",
  ].joined(separator: "\n")

  @Test("names get BIO tags without titles, nested names or common-noun mentions")
  func tags() throws {
    let sentences = try GUMReader.sentences(GUMReaderTests.conllu, path: "own.conllu", titleWords: ["president"])
    #expect(sentences.count == 1)
    let s = try #require(sentences.first)
    #expect(s.tokens.map(\.text) == ["President", "Ilsa", "Varn", "visited", "the", "Korel", "Institute", "in", "Dolmar", "with", "her", "staff", "."])
    #expect(
      s.tags.map(\.description) == [
        "O", "B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O", "O", "O", "O",
      ])
  }

  @Test("a line with too few columns is an error with its line number")
  func badLine() {
    #expect(throws: TaggerModelError.badCorpus(path: "own.conllu", line: 2, reason: "expected 10 columns")) {
      try GUMReader.sentences("# x\n1\tword\n", path: "own.conllu", titleWords: [])
    }
  }
}
