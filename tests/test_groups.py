from itertools import permutations

from desktop.core.groups import Groups


def test_groups_are_named_by_their_least_member_whatever_order_the_pairs_come_in() -> None:
    pairs = [("c", "d"), ("b", "c"), ("e", "f")]
    for order in permutations(pairs):
        groups = Groups("abcdef")
        for a, b in order:
            groups.union(a, b)
        assert [groups.find(k) for k in "abcdef"] == ["a", "b", "b", "b", "e", "e"]
