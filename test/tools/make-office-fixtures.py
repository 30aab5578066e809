#!/usr/bin/python3
"""Workbooks saved by other producers, for the .xlsx path's tests (issue 14): openpyxl (chart, image,
data validation) and LibreOffice (the same workbook re-saved, so its chart is LibreOffice's; and a
workbook with a pivot table). Run with Debian's python (python3-openpyxl) and libreoffice-calc:

    /usr/bin/python3 test/tools/make-office-fixtures.py

It writes test/fixtures/produsen-openpyxl.xlsx, produsen-libreoffice.xlsx, produsen-pivot.xlsx.
"""
import base64, os, shutil, struct, subprocess, tempfile, zlib
from io import BytesIO

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.drawing.image import Image
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "fixtures"))

IKU = [
    ["Sasaran", "Indikator", "Satuan", "Target", "Realisasi"],
    ["Meningkatnya kesejahteraan sosial", "Persentase PMKS tertangani", "Persen", 69.02, 92.71],
    ["Meningkatnya kualitas layanan", "Indeks kepuasan masyarakat", "Nilai", 80, 84.5],
]
ANGGARAN = [
    ["Sasaran", "Program", "Kegiatan", "Pagu", "Realisasi"],
    [1, "Program Perlindungan Sosial", "Bantuan sosial", 2142720865, 2113252231],
    [2, "Program Pelayanan", "Survei kepuasan", 150000000, 120000000],
]
INFO = [["Kunci", "Nilai"], ["Instansi", "Dinas Uji"], ["Tahun", 2024]]


def png(width=4, height=4):
    """A tiny valid PNG (solid blue), without Pillow."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + b"\x20\x40\xc0" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


class PngImage(Image):
    """openpyxl's Image needs Pillow only to measure and re-read the picture; we know both."""
    def __init__(self, data, width, height):
        self.ref = BytesIO(data)
        self.width, self.height, self.format = width, height, "png"
        self._bytes = data

    def _data(self):
        return self._bytes


def add_sheet(wb, title, rows):
    ws = wb.create_sheet(title)
    for row in rows:
        ws.append(row)
    return ws


def name(wb, n, sheet, rows):
    cols = "ABCDEFGHIJ"[len(rows[0]) - 1]
    ref = f"'{sheet}'!$A$1:${cols}${len(rows)}"
    dn = DefinedName(n, attr_text=ref)
    if hasattr(wb.defined_names, "append"):
        wb.defined_names.append(dn)  # openpyxl 3.0 (Debian's)
    else:
        wb.defined_names[n] = dn  # openpyxl ≥ 3.1


def openpyxl_workbook(path):
    wb = Workbook()
    wb.remove(wb.active)
    iku = add_sheet(wb, "Data IKU", IKU)
    ang = add_sheet(wb, "Data Anggaran", ANGGARAN)
    add_sheet(wb, "Info", INFO)
    name(wb, "LKIP_IKU", "Data IKU", IKU)
    name(wb, "LKIP_ANGGARAN", "Data Anggaran", ANGGARAN)
    name(wb, "LKIP_INFO", "Info", INFO)
    chart = BarChart()
    chart.title = "Target dan Realisasi"
    chart.add_data(Reference(iku, min_col=4, min_row=1, max_col=5, max_row=3), titles_from_data=True)
    chart.set_categories(Reference(iku, min_col=2, min_row=2, max_row=3))
    iku.add_chart(chart, "H2")
    dv = DataValidation(type="list", formula1='"Persen,Nilai,Indeks"', allow_blank=True)
    iku.add_data_validation(dv)
    dv.add("C2:C20")
    ang.add_image(PngImage(png(), 4, 4), "H2")
    wb.save(path)


FODS = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet>
{tables}
<table:named-expressions>{names}</table:named-expressions>
<table:data-pilot-tables>
 <table:data-pilot-table table:name="Pivot1" table:target-range-address="Pivot.A1:Pivot.B6" table:buttons="Pivot.A1">
  <table:source-cell-range table:cell-range-address="'Data Anggaran'.A1:'Data Anggaran'.E3"/>
  <table:data-pilot-field table:source-field-name="Program" table:orientation="row"/>
  <table:data-pilot-field table:source-field-name="Pagu" table:orientation="data" table:function="sum"/>
 </table:data-pilot-table>
</table:data-pilot-tables>
</office:spreadsheet></office:body></office:document>
"""


def cell(v):
    if isinstance(v, (int, float)):
        return f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'


def fods_table(title, rows, extra=""):
    body = "".join("<table:table-row>" + "".join(cell(v) for v in r) + "</table:table-row>" for r in rows)
    return f'<table:table table:name="{title}">{extra}{body}</table:table>'


def pivot_fods(path):
    picture = base64.b64encode(png()).decode()
    image = ('<table:shapes><draw:frame svg:width="1cm" svg:height="1cm" svg:x="8cm" svg:y="1cm">'
             f'<draw:image><office:binary-data>{picture}</office:binary-data></draw:image></draw:frame></table:shapes>')
    tables = "".join([
        fods_table("Data IKU", IKU, image),
        fods_table("Data Anggaran", ANGGARAN),
        fods_table("Info", INFO),
        fods_table("Pivot", [[""]]),
    ])
    def nr(n, sheet, rows):
        col = "ABCDEFGHIJ"[len(rows[0]) - 1]
        return (f'<table:named-range table:name="{n}" table:base-cell-address="$\'{sheet}\'.$A$1" '
                f'table:cell-range-address="$\'{sheet}\'.$A$1:.${col}${len(rows)}"/>')
    names = nr("LKIP_IKU", "Data IKU", IKU) + nr("LKIP_ANGGARAN", "Data Anggaran", ANGGARAN) + nr("LKIP_INFO", "Info", INFO)
    with open(path, "w", encoding="utf-8") as f:
        f.write(FODS.format(tables=tables, names=names))


def soffice_to_xlsx(src, outdir):
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180,
                   env={**os.environ, "HOME": outdir})
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".xlsx")


def main():
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        a = os.path.join(tmp, "produsen-openpyxl.xlsx")
        openpyxl_workbook(a)
        shutil.copy(a, os.path.join(OUT, "produsen-openpyxl.xlsx"))
        lo_dir = os.path.join(tmp, "lo")
        os.makedirs(lo_dir)
        b = soffice_to_xlsx(a, lo_dir)
        shutil.copy(b, os.path.join(OUT, "produsen-libreoffice.xlsx"))
        fods = os.path.join(tmp, "produsen-pivot.fods")
        pivot_fods(fods)
        c = soffice_to_xlsx(fods, lo_dir)
        shutil.copy(c, os.path.join(OUT, "produsen-pivot.xlsx"))
    print("ditulis:", ", ".join(f"test/fixtures/produsen-{k}.xlsx" for k in ("openpyxl", "libreoffice", "pivot")))


if __name__ == "__main__":
    main()
