<?xml version="1.0" encoding="UTF-8"?>
<!--
  `metadata`: what the header says about the document (ENCODING.md §2): titles, date, report and
  copy numbers, classification, release date, source description. Each value is read from where
  the encoding puts it, with the text's own markup as a second source; missing values are null.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <!--
    The member `metadata`.
    $doc: the document.
  -->
  <xsl:function name="ed:json-metadata" as="xs:string">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="header" as="element()?" select="$doc/*/teiHeader"/>
    <xsl:variable name="ms" as="element()?" select="ed:ms($doc)"/>
    <xsl:sequence select="ed:j-member('metadata', ed:j-object((
      ed:j-member('titles', ed:j-array($header/fileDesc/titleStmt/title
        ! ed:j-object((ed:j-string('type', @type ! string(.)), ed:j-string('text', normalize-space(.)))))),
      ed:j-string('date', ed:doc-date($doc)),
      ed:j-string('reportNumber', ed:report-number($doc)),
      ed:j-string('copyNumber', ed:copy-number($doc)),
      ed:j-member('classification', ed:j-object((ed:j-string('level', ed:classification-level($doc)),
        ed:j-boolean('cancelled', ed:classification-cancelled($doc))))),
      ed:j-string('releaseDate', ed:release-date($doc)),
      ed:j-member('source', ed:j-object((
        ed:j-member('identifiers', ed:j-array($ms/msIdentifier//idno
          ! ed:j-object((ed:j-string('type', (@type, parent::altIdentifier/@type)[1] ! string(.)),
            ed:j-string('value', normalize-space(.)))))),
        ed:j-string('description', normalize-space(if ($ms/physDesc) then $ms/physDesc
          else $header/fileDesc/sourceDesc))))))))"/>
  </xsl:function>

</xsl:stylesheet>
