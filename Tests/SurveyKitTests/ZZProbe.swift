import Testing
@testable import SurveyKit

@Test func zzProbe() {
    let head = "id: s\nversion: 1\ntitle: T\naudience: survivors\nintro: I\n"
    let cases: [(String, String)] = [
        ("lable", head + "pages:\n  - title: P\n    questions:\n      - id: q\n        type: text\n        lable: L\n"),
        ("dupkey", head + "pages:\n  - title: P\n    questions:\n      - id: q\n        type: text\n        label: L\n        label: M\n"),
        ("badindent", head + "pages:\n  - title: P\n    questions:\n      - id: q\n        type: text\n       label: L\n"),
        ("badindent2", "id: s\nversion: 1\n  title: T\n"),
        ("bool", head + "pages:\n  - title: P\n    questions:\n      - id: q\n        type: single_choice\n        label: L\n        options:\n          - {id: yes, label: Yes}\n"),
        ("relparse", head + "pages:\n  - title: P\n    questions:\n      - id: q\n        type: text\n        label: L\n      - id: r\n        type: text\n        label: L\n        relevant: ${q} = \n"),
        ("empty", ""),
        ("comment", "# just a comment\n"),
        ("missingtype", head + "pages:\n  - title: P\n    questions:\n      - id: q\n        label: L\n"),
        ("noen", head + "pages:\n  - title: P\n    questions:\n      - id: q\n        type: text\n        label:\n          cy: Sut\n"),
        ("tab", "id: s\n\tversion: 1\n"),
    ]
    for (name, yaml) in cases {
        var reader = SurveyFileReader(file: "f.yaml")
        _ = reader.read(yaml: yaml)
        print("== \(name)")
        for p in reader.problems { print("  \(p)") }
    }
    print(SurveyFileReader.editDistance("lable", "label"))
}
