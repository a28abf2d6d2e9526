package io.casedesk.platform;

import java.util.List;

import org.camunda.bpm.model.dmn.DmnModelInstance;

/**
 * A feature's rules for a DMN file it relies on, applied before the engine deploys the file (at
 * start-up and from Camunda Modeler). A file with problems is refused as a parse error naming the
 * file: engine REST answers 400 with the problems, start-up fails with them.
 */
public interface DeployedDecisionCheck {

    /** What is wrong with the model, each a sentence; empty when it may be deployed or is not this check's table. */
    List<String> problems(DmnModelInstance model);
}
