# GUI tests of the topology page (add_unit_test with LABELS gui).
