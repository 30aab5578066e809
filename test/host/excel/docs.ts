/**
 * The Microsoft pages each rule of the double comes from, in one place so that every rule can
 * name its source. A rule without a page here is our own assumption and says so where it is made.
 */
export const DOCS = {
  /** Range.merge(across): true merges each row of the range on its own. */
  merge:
    "https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)",
  /** "Only the contents of the upper-left cell remain" after merging (the same in the UI and the API). */
  mergeKeepsUpperLeft:
    "https://support.microsoft.com/office/merge-and-unmerge-cells-5cbd15d5-9375-4540-907f-c673a93fcedf",
  /** values/text/numberFormat/formulas come back null for whole-column or whole-row reads; writes fail. */
  unbounded: "https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-unbounded",
  /** "a range is limited to five million cells for get operations"; 5 MB requests/responses on the web. */
  limits:
    "https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins",
  /** Read big ranges in separate smaller operations. */
  large: "https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large",
  /** Over 5 M cells Range.values may be null instead of an error (Excel 2407+, web, Windows, Mac). */
  nullOver5M: "https://github.com/OfficeDev/office-js/issues/4783",
  /** Range.values: strings starting with "=" (and +/-) are formulas. */
  rangeValues:
    "https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member",
  /** getUsedRange(valuesOnly): a blank sheet gives A1; getUsedRangeOrNullObject gives a null object. */
  usedRange:
    "https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)",
  /** NamedItem.getRangeOrNullObject (ExcelApi 1.4): null object when the name is not a range. */
  namedItem: "https://learn.microsoft.com/javascript/api/excel/excel.nameditem",
  /** Table.getDataBodyRange / getHeaderRowRange / getTotalRowRange, showTotals. */
  table: "https://learn.microsoft.com/javascript/api/excel/excel.table",
  /** Error codes: InvalidOperationInCellEditMode, AccessDenied, ItemAlreadyExists, InvalidArgument … */
  errors:
    "https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling",
  /** Worksheet protection: edits of locked cells fail; WorkbookProtection: no sheet added/renamed/deleted. */
  protection: "https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection",
  workbookProtection: "https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection",
  /** Worksheet.name: Excel's sheet-name rules (≤ 31 chars, none of \ / ? * [ ] :, no leading/trailing '). */
  sheetName:
    "https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9",
  /** Office.onReady resolves when the host has loaded office.js, which can take seconds. */
  onReady: "https://learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in",
  /** Custom functions: errors reach an `any` parameter only with allowErrorForDataTypeAny. */
  cfJson: "https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json",
  /** #REF! and #NAME? are valid custom-function inputs but not outputs. */
  cfErrors: "https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors",
  /** With allowCustomDataForDataTypeAny, data-type cells arrive as objects ({type, basicValue}). */
  cfDataTypes:
    "https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts",
  /** Application.calculate / suspendApiCalculationUntilNextSync. */
  application: "https://learn.microsoft.com/javascript/api/excel/excel.application",
  /** Worksheet.pageLayout: orientation, paperSize, zoom, margins in points, headersFooters (ExcelApi 1.9). */
  pageLayout: "https://learn.microsoft.com/javascript/api/excel/excel.pagelayout",
  /** PageLayoutZoomOptions: "Print page scale value can be between 10 and 400". */
  pageZoom: "https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions",
  /** horizontalPageBreaks.add(range): "The page break precedes this range". */
  pageBreaks:
    "https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheet-display",
  /** Range.getUsedRangeOrNullObject(valuesOnly): the used cells within the range, or a null object. */
  rangeUsedRange:
    "https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getusedrangeornullobject-member(1)",
  /** *OrNullObject methods: a null object instead of an error; navigation from it gives null objects. */
  nullObject:
    "https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties",
  /**
   * A batch runs in order and stops at the first operation that fails; what ran before stays
   * applied (there is no rollback), the rest is not run ("Error handling with the
   * application-specific JavaScript APIs").
   */
  batchStops:
    "https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling",
  /**
   * A request can fail on the way (RequestAborted, "The request was aborted during run time"; a
   * connection lost in Excel on the web) before Excel ran it or after Excel ran it with the reply
   * lost: the add-in cannot tell which from the error ("Error handling", OfficeExtension.ErrorCodes).
   */
  requestAborted: "https://learn.microsoft.com/javascript/api/office/officeextension.errorcodes",
  /** Worksheet.getRanges(address): "F3:F5, H3:H5", a RangeAreas whose format applies to every area. */
  multipleRanges:
    "https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-multiple-ranges",
  /** getRanges fails ("argument is invalid") on long area lists; an 8,207-character one failed. */
  getRangesLimit: "https://github.com/OfficeDev/office-js/issues/5198",
  /**
   * Range.dataValidation (ExcelApi 1.8): `rule = { list: { inCellDropDown, source } }`, the source a
   * comma-separated string or a Range (ListDataValidation); a DataValidationRule holds one type of
   * validation at a time ("You can only use one of them at a time").
   */
  dataValidation: "https://learn.microsoft.com/javascript/api/excel/excel.listdatavalidation",
  dataValidationRule: "https://learn.microsoft.com/javascript/api/excel/excel.datavalidationrule",
  /**
   * Range.getMergedAreasOrNullObject (ExcelApi 1.13): "a RangeAreas object that represents the
   * merged areas in this range"; a null object when there is none; fails over 512 merged areas.
   */
  mergedAreas:
    "https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)",
  /** Only merged areas whose top-left cell is in the range are returned (by design, per Microsoft). */
  mergedAreasTopLeft: "https://github.com/OfficeDev/office-js/issues/3611",
  /** RangeAreas.address ("Sheet1!A1:B4, Sheet1!D1:D4", each block with its sheet), areas, areaCount. */
  rangeAreas: "https://learn.microsoft.com/javascript/api/excel/excel.rangeareas",
} as const;
