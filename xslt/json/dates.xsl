<?xml version="1.0" encoding="UTF-8"?>
<!--
  `dates` (ENCODING.md §4 Dates): every dated expression of the reading text with its normalised
  values as encoded (ISO 8601 @when, @from/@to, @notBefore/@notAfter, @dur); only the attributes
  present become members. Dates in furniture (the release stamp) are not in the reading text.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <!--
    The member `dates`.
    $ctx: the model's context (ed:json-context).
  -->
  <xsl:function name="ed:json-dates" as="xs:string">
    <xsl:param name="ctx" as="map(*)"/>
    <xsl:variable name="dates" as="xs:string*">
      <xsl:for-each select="$ctx?ranges[?1/(self::date | self::docDate | self::time | self::origDate)
        /(@when | @from | @to | @notBefore | @notAfter | @dur)]">
        <xsl:variable name="date" as="element()" select="?1"/>
        <xsl:sequence select="ed:j-object((ed:j-string('surface', ed:j-surface($ctx, .)),
          for $name in ('when', 'from', 'to', 'notBefore', 'notAfter', 'dur')
          return $date/@*[local-name() eq $name][namespace-uri() eq ''] ! ed:j-string($name, normalize-space(.)),
          ed:j-range(.)))"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="ed:j-member('dates', ed:j-array($dates))"/>
  </xsl:function>

</xsl:stylesheet>
