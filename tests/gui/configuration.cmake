# GUI tests of the configuration page (add_unit_test with LABELS gui).
