import BilatExtraction
import BilatFuzzChecks
import Foundation
import Testing

/// Scraped excerpts and cut-off lines end anywhere: after "and", inside a quoted name, after a
/// title. Every rule that looks ahead must stop at the end of the sentence. The extraction fuzzer
/// found such a crash twice (a pending title, a document title ending in "and"); this suite cuts
/// sentences of every rule family after each of their words and extracts every cut, with the
/// checks the fuzz driver runs. The sentences are the project's own.
@Suite struct SentenceCutTests {
  static let sentences = [
    // agreements, document titles, counts of documents
    "Kazakhstan and China signed an agreement on trade and an agreement on customs on Monday.",
    "The sides signed three intergovernmental agreements and a memorandum of understanding.",
    "They reached an agreement on border crossings and agreed to open the Khorgos checkpoint.",
    // companies with legal forms and quotes, organizations with 'of' and 'and'
    "JSC “National Company QazaqGaz” and China Petroleum Corporation (CNPC) Ltd. will build a plant.",
    "The Ministry of Energy of Mongolia and the Ministry of Foreign Affairs of Hungary met officials.",
    // meetings: triggers, fronted clauses, courtesy calls, titles and counterparts
    "After meeting with Foreign Minister Wang Yi, President Kassym-Jomart Tokayev called on the Prime Minister.",
    "Deputy Prime Ministers Serik Zhumangarin and Roman Sklyar received his Chinese counterpart in Astana.",
    "On 27 November, Prime Minister Alikhan Smailov held talks with Ding Xuexiang, First Vice Premier of China.",
    // facilities, projects, sectors, places
    "The Shymkent refinery and the Kazakhstan–China oil pipeline projects concern energy and transport.",
    "The port of Aktau, located in Mangystau region, handles cargo from Lianyungang.",
  ]

  static let extractor = Extractor()

  @Test(arguments: sentences)
  func everyCutExtractsCleanly(sentence: String) {
    let lead = "ASTANA, Nov 27 – Officials gathered in Astana. "
    // every cut after a word, with and without the text that followed it on the line
    let words = sentence.split(separator: " ", omittingEmptySubsequences: false)
    for n in 1...words.count {
      let cut = words.prefix(n).joined(separator: " ")
      for text in [lead + cut, cut, lead + cut + "\n" + lead] {
        FuzzChecks.checkArticle(Data(text.utf8), extractor: Self.extractor) {
          Issue.record(Comment(rawValue: "\($0) — cut: \(cut)"))
        }
      }
    }
  }
}
