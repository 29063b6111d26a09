<?xml version="1.0" encoding="UTF-8"?>
<!--
  `entities`: the entity register (ENCODING.md §3) with every occurrence in the reading text.
  An occurrence is an element of the text whose @ref points to the entry (`persName`, `rs`,
  `title`, …; a @ref with several targets is an occurrence of each); occurrences inside furniture
  or editorial notes are not in the reading text and are left out.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:j="http://www.w3.org/2005/xpath-functions"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <!--
    The member `entities`.
    $ctx: the model's context (ed:json-context).
  -->
  <xsl:function name="ed:json-entities" as="element()">
    <xsl:param name="ctx" as="map(*)"/>
    <j:array key="entities">
      <xsl:for-each select="ed:entities($ctx?doc)">
        <j:map>
          <xsl:sequence select="ed:j-string('id', string(@xml:id)), ed:j-string('kind', ed:entity-kind(.)),
            ed:j-string('name', ed:entity-name(.)), ed:j-strings('authorities', ed:authority-urls(.))"/>
          <j:array key="occurrences">
            <xsl:for-each select="key('ed:ref', string(@xml:id))[ed:j-has-range($ctx, .)]">
              <j:map>
                <xsl:sequence select="ed:j-range($ctx, .), ed:j-string('surface', ed:j-surface($ctx, .))"/>
              </j:map>
            </xsl:for-each>
          </j:array>
        </j:map>
      </xsl:for-each>
    </j:array>
  </xsl:function>

</xsl:stylesheet>
