<?xml version="1.0" encoding="UTF-8"?>
<!--
  The header block of the plain text (`teikit transform - -to text - -text-header`, parameter
  Q{urn:teikit:ed}text-header): the edition's title and subtitle, the source (its identifiers
  and date, or its bibliographic description) and the classification (ENCODING.md §2), one
  labelled line each, then a rule and the text. Lines missing from the header are left out.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!--
    The header block as stream items (mode ed:stream's strings and breaks), or nothing when
    $ed:text-header is false.
    $doc: the document.
  -->
  <xsl:function name="ed:text-header-stream" as="item()*">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:if test="$ed:text-header">
      <xsl:variable name="header" as="element()?" select="$doc/*/teiHeader"/>
      <xsl:variable name="titles" as="element()*" select="$header/fileDesc/titleStmt/title"/>
      <xsl:variable name="main" as="element()?" select="($titles[@type = 'main'], $titles)[1]"/>
      <xsl:variable name="level" as="xs:string?" select="ed:classification-level($doc)"/>
      <xsl:variable name="title-lines" as="xs:string*" select="($main ! ed:header-text(.)),
        ($titles[not(. is $main)][@type = ('sub', 'alt')] ! ed:header-text(.))"/>
      <xsl:variable name="fact-lines" as="xs:string*" select="
        (ed:source-line($header/fileDesc/sourceDesc) ! ('Source: ' || .)),
        ($level ! ('Classification: ' || . || (if (ed:classification-cancelled($doc)) then ' (cancelled: every marking is struck through)' else '')))"/>
      <xsl:if test="exists(($title-lines, $fact-lines)[. ne ''])">
        <xsl:sequence select="ed:sep(3), (for $l in $title-lines[. ne ''] return (ed:clean-text($l), ed:sep(2))), ed:sep(3),
          (for $l in $fact-lines return (ed:clean-text($l), ed:sep(2))), ed:sep(3), '----', ed:sep(3)"/>
      </xsl:if>
    </xsl:if>
  </xsl:function>

  <!--
    The source in one line: a manuscript's identifiers (place, repository, collection, numbers)
    and date; else the bibliographic descriptions; else the description's prose.
    $source: the sourceDesc.
  -->
  <xsl:function name="ed:source-line" as="xs:string?">
    <xsl:param name="source" as="element()?"/>
    <xsl:variable name="ms" as="element()?" select="$source/msDesc[1]"/>
    <xsl:variable name="ids" as="xs:string*" select="$ms/msIdentifier/(country | region | settlement | institution | repository
      | collection | idno | altIdentifier/idno | msName) ! ed:header-text(.)"/>
    <xsl:variable name="date" as="xs:string?" select="($ms/history/origin//origDate, $ms/msContents/msItem//date)[1] ! ed:header-text(.)"/>
    <xsl:variable name="line" as="xs:string" select="if (exists($ms)) then string-join((string-join($ids[.], ', ')[.], $date[.]), '; ')
      else string-join($source/(bibl | biblStruct | biblFull | listBibl/bibl | p) ! ed:header-text(.), '; ')"/>
    <xsl:sequence select="$line[. ne '']"/>
  </xsl:function>

  <!--
    The words of a header element, whitespace normalised, without notes.
    $e: the element.
  -->
  <xsl:function name="ed:header-text" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="normalize-space(string-join($e/descendant::text()[not(ancestor::note[. >> $e])], ''))"/>
  </xsl:function>

</xsl:stylesheet>
