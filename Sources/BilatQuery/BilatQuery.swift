/// The BilatQuery module. See README.md for its role in the module graph.
public enum BilatQueryModule {}
