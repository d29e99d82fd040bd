# GUI tests of the files page (add_unit_test with LABELS gui).
