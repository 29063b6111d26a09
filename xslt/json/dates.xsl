<?xml version="1.0" encoding="UTF-8"?>
<!--
  `dates` (docs/encoding.md §7.4 Dates): every dated expression of the reading text with its normalised
  values as encoded (ISO 8601 @when, @from/@to, @notBefore/@notAfter, @dur); only the attributes
  present become members. Dates in furniture (the release stamp) are not in the reading text.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <!-- The dated expressions (tested by local name: the records hold TEI elements only). -->
  <xsl:variable name="ed:json-date-names" as="map(xs:string, xs:boolean)"
    select="map { 'date': true(), 'docDate': true(), 'time': true(), 'origDate': true() }"/>

  <!--
    The member `dates`.
    $ctx: the model's context (ed:json-context).
  -->
  <xsl:function name="ed:json-dates" as="xs:string">
    <xsl:param name="ctx" as="map(*)"/>
    <xsl:variable name="dates" as="xs:string*">
      <xsl:for-each select="$ctx?ranges[map:contains($ed:json-date-names, local-name(?1))]
        [exists(?1/(@when, @from, @to, @notBefore, @notAfter, @dur))]">
        <xsl:variable name="date" as="element()" select="?1"/>
        <xsl:sequence select="ed:j-object((ed:j-member('surface', ed:j-surface($ctx, .)),
          for $name in ('when', 'from', 'to', 'notBefore', 'notAfter', 'dur')
          return $date/@*[local-name() eq $name][namespace-uri() eq ''] ! ed:j-string($name, normalize-space(.)),
          ed:j-range(.)))"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="ed:j-member('dates', ed:j-array($dates))"/>
  </xsl:function>

</xsl:stylesheet>
