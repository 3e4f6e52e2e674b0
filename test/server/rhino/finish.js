__runSpecs();
