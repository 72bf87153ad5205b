//! Bodies and their documents as sources (session 23): a body's data speak
//! for it; a South Korean ministry named in full with no dateline is South
//! Korea's; the UN Panel of Experts keeps the casing analysts give it. Each
//! on sentences written for this test, with look-alikes that keep their
//! source.

mod common;

use common::suggested::source_of;

/// The source of the first attribution of `text` whose quote holds `needle`.
fn source(text: &str, needle: &str) -> String {
    source_of(text, needle, 0)
}

#[test]
fn a_bodys_data_speak_for_the_body() {
    let text = "Shares fell for a third day. Busan Port Authority data showed that \
                container traffic dropped 4% in May.";
    assert_eq!(source(text, "data showed"), "Busan Port Authority");
}

#[test]
fn a_south_korean_ministry_in_full_with_no_dateline() {
    // No dateline; the opening names Chinese cities more than Seoul.
    let text = "Exports of chips through Dalian and Shenzhen rose. The Ministry of \
                Trade, Industry and Energy said it would review the licences.";
    assert_eq!(source(text, "Ministry of Trade"), "South Korean officials");
    // Another country's ministry of the same name keeps that country.
    let text = "Exports rose. Japan's Ministry of Economy, Trade and Industry said \
                it would review the licences.";
    assert_eq!(source(text, "Ministry of Economy"), "Japanese officials");
}

#[test]
fn the_un_panel_of_experts_is_capitalised() {
    let text = "Coal still moves. The U.N. Panel of Experts said in 2022 that ships \
                turned off their transponders.";
    assert_eq!(source(text, "Panel of Experts said"), "UN Panel of Experts");
}

#[test]
fn the_lead_documents_body_speaks_for_the_report_after_another_report() {
    let text = "Inside the ferry audit\n\nHarbour Safety Research (HSR), an Oslo-based \
                firm, published its inspection of the Kestrel ferry on Monday. We \
                follow its report below.\n\nThe ferry entered service in 2019, \
                Yonhap said in a report at the time. The report says the hull \
                was patched twice. According to the report, the pumps failed. \
                The engineers say the vents were blocked.";
    assert_eq!(source(text, "The report says"), "HSR");
    assert_eq!(source(text, "According to the report"), "HSR");
    assert_eq!(source(text, "The engineers say"), "HSR");
    // The outlet's own report line keeps the outlet.
    assert_eq!(source(text, "Yonhap said"), "Yonhap");
}

#[test]
fn a_described_lead_body_is_the_one_introduced_next() {
    let text = "Audit of port cranes\n\nSEOUL — Norway's port inspector \
                published on Monday the results of its review. Its report is \
                set out below.\n\nThe Crane Safety Board (CSB) examined 40 \
                cranes, the report says. The auditors say 🏗️ six were unsafe.";
    assert_eq!(source(text, "the report says"), "CSB");
    assert_eq!(source(text, "The auditors say"), "CSB");
}

#[test]
fn a_header_names_the_notices_issuer() {
    let text = "Toys recalled, agency says\n\nSAFETY NOTICE — Consumer Product \
                Board, 3 May\n\nThe toys contain lead, the notice says.";
    assert_eq!(source(text, "the notice says"), "Consumer Product Board");
}

#[test]
fn no_lead_document_leaves_the_report_to_its_writer() {
    // No lead paragraph on a document: the report named before is Yonhap's.
    let text = "Ferries stop\n\nFerries stopped on Monday in Busan.\n\nYonhap \
                said in a report that 12 ferries were held. The report said the \
                port would reopen.";
    assert_eq!(source(text, "The report said"), "Yonhap");
}

#[test]
fn a_company_set_off_as_the_trade_is_the_company() {
    let text = "Eels were mislabelled. Bluefin Harbour Foods, the importer, said in \
                a statement that it had been misled. The company said it would \
                sue the exporter.";
    assert_eq!(source(text, "The company said"), "Bluefin Harbour Foods");
}
