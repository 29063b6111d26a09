<?xml version="1.0" encoding="UTF-8"?>
<!--
  The generic structure of the text (issue "Any TEI in"; schemas/edition.schema.json 1.1):
  `divisions` (div and numbered divs: type, n, heading, language), `speeches` (sp: who and the
  speaker's words), `lineGroups` (lg) and `lines` (verse lines with their numbers, common/structure.xsl
  ed:line-number), `apparatus` (app: the reading in the text and the other readings with their
  witnesses). Each item has the range of its text in the reading text; an element the reading text
  leaves out (inside furniture, say) is not listed.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <xsl:variable name="ed:json-division-names" as="map(xs:string, xs:boolean)" select="map:merge((
    'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7') ! map { .: true() })"/>

  <!--
    The members `divisions`, `speeches`, `lineGroups`, `lines` and `apparatus`, in that order.
    $ctx: the model's context (ed:json-context).
  -->
  <xsl:function name="ed:json-structure" as="xs:string+">
    <xsl:param name="ctx" as="map(*)"/>
    <xsl:variable name="ranges" as="array(*)*" select="$ctx?ranges"/>
    <xsl:variable name="divisions" as="xs:string*">
      <xsl:for-each select="$ranges[map:contains($ed:json-division-names, local-name(?1))]">
        <xsl:variable name="record" as="array(*)" select="."/>
        <xsl:for-each select="?1">
          <xsl:sequence select="ed:j-object((ed:j-string('id', @xml:id ! string(.)), ed:j-string('type', @type ! string(.)),
            ed:j-string('n', @n ! string(.)), ed:j-string('head', head[1] ! normalize-space(.)),
            ed:j-string('lang', @xml:lang ! string(.)), ed:j-range($record)))"/>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="speeches" as="xs:string*">
      <xsl:for-each select="$ranges[?1/self::sp]">
        <xsl:variable name="record" as="array(*)" select="."/>
        <xsl:for-each select="?1">
          <xsl:sequence select="ed:j-object((ed:j-string('id', @xml:id ! string(.)),
            ed:j-strings('who', tokenize(normalize-space(@who)) ! replace(., '^#', '')),
            ed:j-string('speaker', speaker[1] ! normalize-space(.)), ed:j-range($record)))"/>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="groups" as="xs:string*">
      <xsl:for-each select="$ranges[?1/self::lg]">
        <xsl:variable name="record" as="array(*)" select="."/>
        <xsl:for-each select="?1">
          <xsl:sequence select="ed:j-object((ed:j-string('id', @xml:id ! string(.)), ed:j-string('type', @type ! string(.)),
            ed:j-string('n', @n ! string(.)), ed:j-range($record)))"/>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="lines" as="xs:string*">
      <xsl:for-each select="$ranges[?1/self::l[not(parent::p)]]">
        <xsl:variable name="record" as="array(*)" select="."/>
        <xsl:for-each select="?1">
          <xsl:sequence select="ed:j-object((ed:j-string('id', @xml:id ! string(.)), ed:j-string('n', ed:line-number(.)),
            ed:j-string('label', ed:line-label(.)), ed:j-range($record)))"/>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="apparatus" as="xs:string*">
      <xsl:for-each select="$ranges[?1/self::app]">
        <xsl:variable name="record" as="array(*)" select="."/>
        <xsl:for-each select="?1">
          <xsl:variable name="base" as="element()?" select="ed:app-base(.)"/>
          <xsl:sequence select="ed:j-object((ed:j-string('id', @xml:id ! string(.)),
            ed:j-member('lemma', if (exists($base)) then ed:json-reading($base) else 'null'),
            ed:j-member('readings', ed:j-array(ed:app-readings(.) ! ed:json-reading(.))), ed:j-range($record)))"/>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="ed:j-member('divisions', ed:j-array($divisions)), ed:j-member('speeches', ed:j-array($speeches)),
      ed:j-member('lineGroups', ed:j-array($groups)), ed:j-member('lines', ed:j-array($lines)),
      ed:j-member('apparatus', ed:j-array($apparatus))"/>
  </xsl:function>

  <!--
    A reading of the apparatus: its element (lem or rdg), text ("om." for an omission), witnesses
    and type.
    $rdg: the reading.
  -->
  <xsl:function name="ed:json-reading" as="xs:string">
    <xsl:param name="rdg" as="element()"/>
    <xsl:sequence select="ed:j-object((ed:j-string('kind', local-name($rdg)), ed:j-string('text', ed:reading-text($rdg)),
      ed:j-strings('witnesses', ed:witnesses($rdg)), ed:j-string('type', $rdg/@type ! string(.))))"/>
  </xsl:function>

</xsl:stylesheet>
