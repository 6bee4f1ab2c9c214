#!/usr/bin/env python3
"""Writes docs/examples/service-feedback.xlsx, an example XLSForm for `chorus-server surveys import`.

Standard library only: the sheets below are written as the XML parts of an .xlsx (shared strings,
as Excel writes them) and zipped. Run it again after changing the rows; the output is the same
bytes each time (fixed timestamps), so git shows a change only when the rows change.
"""
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

SURVEY = [
    ["type", "name", "label::English (en)", "label::Cymraeg (cy)", "hint::English (en)", "relevant", "appearance", "identifying", "quote_permission"],
    ["note", "welcome", "These questions are about services you have used. You can skip any of them.",
     "Mae'r cwestiynau hyn am wasanaethau rydych chi wedi'u defnyddio. Gallwch chi hepgor unrhyw un.", None, None, None, None, None],
    ["select_multiple services", "used", "Which of these services have you had contact with?",
     "Gyda pha rai o'r gwasanaethau hyn rydych chi wedi cael cysylltiad?", "Tick all that apply.", None, None, None, None],
    ["begin group", "police", "Police", "Heddlu", None, "selected(${used}, 'police')", "field-list", None, None],
    ["select_one agency_rating", "police_rating", "Overall, how was your experience of the police?",
     "Ar y cyfan, sut brofiad gawsoch chi gyda'r heddlu?", None, None, None, None, None],
    ["text", "police_comment", "Is there anything you would like to tell us about the police?",
     "Oes unrhyw beth yr hoffech chi ei ddweud wrthyn ni am yr heddlu?", None, None, None, None, "yes"],
    ["end group"] + [None] * 8,
    ["begin group", "housing", "Housing", "Tai", None, "selected(${used}, 'housing')", "field-list", None, None],
    ["select_one agency_rating", "housing_rating", "Overall, how was your experience of housing services?",
     "Ar y cyfan, sut brofiad gawsoch chi gyda gwasanaethau tai?", None, None, None, None, None],
    ["text", "housing_comment", "Is there anything you would like to tell us about housing services?",
     "Oes unrhyw beth yr hoffech chi ei ddweud wrthyn ni am wasanaethau tai?", None, None, None, None, "yes"],
    ["end group"] + [None] * 8,
    ["begin group", "about_you", "About you (optional)", "Amdanoch chi (dewisol)", None, None, "field-list", None, None],
    ["select_one age", "age_band", "How old are you?", "Faint yw eich oed?", None, None, None, "yes", None],
    ["end group"] + [None] * 8,
]

CHOICES = [
    ["list_name", "name", "label::English (en)", "label::Cymraeg (cy)"],
    ["services", "police", "Police", "Heddlu"],
    ["services", "housing", "Housing", "Tai"],
    ["services", "none", "None of these", "Dim un o'r rhain"],
    ["age", "under_35", "Under 35", "O dan 35"],
    ["age", "35_or_over", "35 or over", "35 neu hŷn"],
    ["age", "prefer_not_to_say", "Prefer not to say", "Gwell gen i beidio â dweud"],
]

SETTINGS = [
    ["form_id", "version", "form_title::English (en)", "form_title::Cymraeg (cy)", "default_language", "audience",
     "intro::English (en)", "intro::Cymraeg (cy)"],
    ["service_feedback", "2024031401", "Your experience of services", "Eich profiad o wasanaethau", "English (en)", "survivors",
     "This survey asks how you found the police and housing services.\n\nIt is run by your local domestic abuse partnership. Taking part is your choice, and you can skip any question.\n\nWe only publish totals for groups of people, never anything that could identify you.",
     "Mae'r arolwg hwn yn holi sut brofiad gawsoch chi o'r heddlu a gwasanaethau tai.\n\nEich partneriaeth cam-drin domestig leol sy'n ei gynnal. Eich dewis chi yw cymryd rhan, a gallwch chi hepgor unrhyw gwestiwn.\n\nDim ond cyfansymiau ar gyfer grwpiau o bobl rydyn ni'n eu cyhoeddi."],
]

SHEETS = [("survey", SURVEY), ("choices", CHOICES), ("settings", SETTINGS)]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def column(index):
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def main(out):
    strings, parts = [], {}
    for number, (name, rows) in enumerate(SHEETS, start=1):
        xml_rows = []
        for r, row in enumerate(rows, start=1):
            cells = []
            for c, value in enumerate(row):
                if value is None:
                    continue
                if value not in strings:
                    strings.append(value)
                cells.append(f'<c r="{column(c)}{r}" t="s"><v>{strings.index(value)}</v></c>')
            xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
        parts[f"xl/worksheets/sheet{number}.xml"] = f'{HEAD}<worksheet xmlns="{MAIN}"><sheetData>{"".join(xml_rows)}</sheetData></worksheet>'
    items = "".join(f'<si><t xml:space="preserve">{escape(s)}</t></si>' for s in strings)
    parts["xl/sharedStrings.xml"] = f'{HEAD}<sst xmlns="{MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>'
    sheets = "".join(f'<sheet name="{n}" sheetId="{i}" r:id="rId{i}"/>' for i, (n, _) in enumerate(SHEETS, start=1))
    parts["xl/workbook.xml"] = f'{HEAD}<workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets>{sheets}</sheets></workbook>'
    rels = "".join(f'<Relationship Id="rId{i}" Type="{RELS}/worksheet" Target="worksheets/sheet{i}.xml"/>' for i in range(1, len(SHEETS) + 1))
    rels += f'<Relationship Id="rId{len(SHEETS) + 1}" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>'
    parts["xl/_rels/workbook.xml.rels"] = f'{HEAD}<Relationships xmlns="{PACKAGE_RELS}">{rels}</Relationships>'
    parts["_rels/.rels"] = f'{HEAD}<Relationships xmlns="{PACKAGE_RELS}"><Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(1, len(SHEETS) + 1))
    parts["[Content_Types].xml"] = (
        f'{HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        f'{overrides}'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '</Types>')
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                     "xl/sharedStrings.xml"] + [f"xl/worksheets/sheet{i}.xml" for i in range(1, len(SHEETS) + 1)]:
            info = zipfile.ZipInfo(path, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, parts[path])
    print(f"wrote {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "docs/examples/service-feedback.xlsx")
