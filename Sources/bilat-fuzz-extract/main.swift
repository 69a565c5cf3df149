// Placeholder: the libFuzzer driver lands with the reliability issue.
print("built without -DFUZZING; see README (Fuzzing)")
