import BilatExtraction
import Foundation

/// Finds article files: the given files, and `.txt`/`.md`/`.html`/`.htm` files under given folders
/// (recursively, sorted; hidden files and folder documentation such as `README.md` skipped).
public enum FileCollector {
  public static let extensions: Set<String> = Set(["txt", "md"]).union(HTMLReader.extensions)
  /// Documentation files found in article folders, not articles.
  public static let skippedNames: Set<String> = ["readme", "changelog", "license", "contributing"]

  /// Article paths for the command-line arguments; missing paths are returned as `missing`.
  public static func collect(_ paths: [String]) -> (files: [String], missing: [String]) {
    var files: [String] = []
    var missing: [String] = []
    let fm = FileManager.default
    for p in paths {
      var isDir: ObjCBool = false
      guard fm.fileExists(atPath: p, isDirectory: &isDir) else {
        missing.append(p)
        continue
      }
      if !isDir.boolValue {
        files.append(p)
        continue
      }
      let base = URL(fileURLWithPath: p)
      guard
        let e = fm.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
      else { continue }
      var found: [String] = []
      for case let url as URL in e where extensions.contains(url.pathExtension.lowercased()) {
        if skippedNames.contains(url.deletingPathExtension().lastPathComponent.lowercased()) { continue }
        if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
          // keep the path as the user spelled its folder
          let rel =
            url.path.hasPrefix(base.path) ? String(url.path.dropFirst(base.path.count)) : "/" + url.lastPathComponent
          found.append((p.hasSuffix("/") ? String(p.dropLast()) : p) + rel)
        }
      }
      files += found.sorted()
    }
    return (files, missing)
  }
}
