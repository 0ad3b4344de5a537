/** Sources, licences and how to check a claim. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          Every judgement here cites the words it was read from. Before relying
          on one, check it against the Ofsted report at{" "}
          <a href="https://reports.ofsted.gov.uk/" rel="noopener noreferrer">
            reports.ofsted.gov.uk
          </a>
          .
        </p>
        <p>
          Latest grades: ILACS summary scraped by data-to-insight (June 2026).
          Statistical neighbours: DfE, via data-to-insight. Hex map layout ©
          Open Innovations (MIT), re-coded for 2023–25 authorities. Boundaries:
          Office for National Statistics licensed under the Open Government
          Licence v.3.0; contains OS data © Crown copyright and database right
          2023.
        </p>
      </div>
    </footer>
  );
}
